-- Test only: Axon's event table as supervision-api's migration (db/migration/h2/V1__axon_event_store.sql)
-- creates it, for the audit tests that read and tamper with its rows over plain JDBC.
create table domain_event_entry (
    global_index         bigint       not null,
    sequence_number      bigint       not null,
    aggregate_identifier varchar(255) not null,
    event_identifier     varchar(255) not null,
    payload_revision     varchar(255),
    payload_type         varchar(255) not null,
    time_stamp           varchar(255) not null,
    type                 varchar(255),
    meta_data            blob,
    payload              blob         not null,
    primary key (global_index),
    constraint uk_domain_event_entry_event_identifier unique (event_identifier),
    constraint uk_domain_event_entry_aggregate_sequence unique (aggregate_identifier, sequence_number)
);
