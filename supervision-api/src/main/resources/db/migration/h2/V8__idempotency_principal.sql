-- The first answer of an Idempotency-Key is kept per (caller, principal, key): the principal is a digest of the
-- caller's roles and department, so the same subject acting for another department is decided anew, not answered
-- what it was answered before. Answers stored before this column carry '' and are answered to nobody again.
alter table idempotency_record add column principal varchar(64) default '' not null;
alter table idempotency_record drop primary key;
alter table idempotency_record add primary key (caller_id, principal, idempotency_key);
