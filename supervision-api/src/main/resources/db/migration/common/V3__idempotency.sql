-- The first answer to each (caller, Idempotency-Key); written in the transaction of the command's events.
create table idempotency_record (
    caller_id       varchar(200)  not null,
    idempotency_key varchar(200)  not null,
    request_hash    varchar(64)   not null,
    status          integer       not null,
    location        varchar(500),
    content_type    varchar(200),
    body            varchar(65536),
    created_at      timestamp with time zone not null,
    primary key (caller_id, idempotency_key)
);
