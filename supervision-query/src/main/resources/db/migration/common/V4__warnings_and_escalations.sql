-- The ledger learns which warnings are active (the light shows the most severe, "overdue" is an active
-- OVERDUE warning) and what problems and rectifications add: complexity, inspection and related task.
-- Rows written before this version start with no active warning; replaying the ledger fills them in.
ALTER TABLE task ADD COLUMN active_warnings VARCHAR DEFAULT '{}' NOT NULL;
ALTER TABLE task ADD COLUMN complexity VARCHAR(16);
ALTER TABLE task ADD COLUMN inspection_id VARCHAR(64);
ALTER TABLE task ADD COLUMN related_task_id VARCHAR(64);

-- Warnings (预警), active and past: one row per warning, the task's title and lead department copied in.
CREATE TABLE warning (
    warning_id      VARCHAR(64)              NOT NULL,
    task_id         VARCHAR(64)              NOT NULL,
    task_title      VARCHAR(500),
    lead_department VARCHAR(255),
    level           VARCHAR(16)              NOT NULL,
    reason          VARCHAR,
    rule            VARCHAR(32),
    rule_parameters VARCHAR                  NOT NULL,
    active          BOOLEAN                  NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by       VARCHAR(255),
    lifted_at       TIMESTAMP WITH TIME ZONE,
    lift_reason     VARCHAR(32),
    CONSTRAINT pk_warning PRIMARY KEY (warning_id)
);

CREATE INDEX ix_warning_issued_at ON warning (issued_at, warning_id);
CREATE INDEX ix_warning_active ON warning (active, issued_at);
CREATE INDEX ix_warning_level ON warning (level, issued_at);
CREATE INDEX ix_warning_lead_department ON warning (lead_department, issued_at);
CREATE INDEX ix_warning_task_id ON warning (task_id);

-- The warnings' own view of the tasks: what a warning copies, and which departments see the task
-- (its lead and co-operating departments and those of every task above it).
CREATE TABLE warning_task (
    task_id          VARCHAR(64)  NOT NULL,
    title            VARCHAR(500),
    lead_department  VARCHAR(255),
    leader_in_charge VARCHAR(255),
    CONSTRAINT pk_warning_task PRIMARY KEY (task_id)
);

CREATE TABLE warning_task_department (
    task_id    VARCHAR(64)  NOT NULL,
    department VARCHAR(255) NOT NULL,
    CONSTRAINT pk_warning_task_department PRIMARY KEY (task_id, department)
);

CREATE INDEX ix_warning_task_department_department ON warning_task_department (department, task_id);

-- Escalations (提请协调), open and resolved: one row per escalation, the task's facts copied in.
CREATE TABLE escalation (
    escalation_id    VARCHAR(64)              NOT NULL,
    task_id          VARCHAR(64)              NOT NULL,
    task_title       VARCHAR(500),
    leader_in_charge VARCHAR(255),
    lead_department  VARCHAR(255),
    level            VARCHAR(32)              NOT NULL,
    reason           VARCHAR,
    rule             VARCHAR(32),
    rule_parameters  VARCHAR                  NOT NULL,
    open             BOOLEAN                  NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    raised_by        VARCHAR(255),
    resolved_at      TIMESTAMP WITH TIME ZONE,
    decision         VARCHAR,
    resolved_by      VARCHAR(255),
    CONSTRAINT pk_escalation PRIMARY KEY (escalation_id)
);

CREATE INDEX ix_escalation_raised_at ON escalation (raised_at, escalation_id);
CREATE INDEX ix_escalation_open ON escalation (open, raised_at);
CREATE INDEX ix_escalation_level ON escalation (level, raised_at);
CREATE INDEX ix_escalation_leader_in_charge ON escalation (leader_in_charge, raised_at);
CREATE INDEX ix_escalation_task_id ON escalation (task_id);

CREATE TABLE escalation_task (
    task_id          VARCHAR(64)  NOT NULL,
    title            VARCHAR(500),
    lead_department  VARCHAR(255),
    leader_in_charge VARCHAR(255),
    CONSTRAINT pk_escalation_task PRIMARY KEY (task_id)
);

CREATE TABLE escalation_task_department (
    task_id    VARCHAR(64)  NOT NULL,
    department VARCHAR(255) NOT NULL,
    CONSTRAINT pk_escalation_task_department PRIMARY KEY (task_id, department)
);

CREATE INDEX ix_escalation_task_department_department ON escalation_task_department (department, task_id);
