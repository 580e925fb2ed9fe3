-- Notices (通知): one per event that asks someone to act, keyed by that event's id, with what a recipient needs
-- to read and what a printed urging notice (督办单) shows; one row per recipient with its receipt (签收).
CREATE TABLE notice (
    notice_id        VARCHAR(64)              NOT NULL,
    position         BIGINT                   NOT NULL,
    task_id          VARCHAR(64)              NOT NULL,
    type             VARCHAR(32)              NOT NULL,
    subject_id       VARCHAR(64),
    level            VARCHAR(32),
    text             VARCHAR,
    respond_by       DATE,
    document_number  VARCHAR(64),
    task_title       VARCHAR(500),
    lead_department  VARCHAR(255),
    leader_in_charge VARCHAR(255),
    due_date         DATE,
    sent_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_by          VARCHAR(255),
    CONSTRAINT pk_notice PRIMARY KEY (notice_id)
);

CREATE INDEX ix_notice_task ON notice (task_id, position);
CREATE INDEX ix_notice_subject ON notice (task_id, subject_id);

CREATE TABLE notice_recipient (
    notice_id       VARCHAR(64)              NOT NULL,
    kind            VARCHAR(32)              NOT NULL,
    recipient       VARCHAR(255)             NOT NULL,
    position        BIGINT                   NOT NULL,
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    acknowledged_by VARCHAR(255),
    CONSTRAINT pk_notice_recipient PRIMARY KEY (notice_id, kind, recipient)
);

CREATE INDEX ix_notice_recipient_inbox ON notice_recipient (kind, recipient, position);

-- The notices' own copy of each task: who is addressed for it now (a reassignment moves the lead department).
CREATE TABLE notice_task (
    task_id          VARCHAR(64)  NOT NULL,
    title            VARCHAR(500),
    lead_department  VARCHAR(255),
    lead_key         VARCHAR(255),
    leader_in_charge VARCHAR(255),
    leader_key       VARCHAR(255),
    due_date         DATE,
    CONSTRAINT pk_notice_task PRIMARY KEY (task_id)
);
