-- The ledger (台账): one row per task as it stands now, rebuilt from the task events by replay.
-- Lists (co-operating departments, milestones, subtasks, open requests, open escalations) and the
-- last report are JSON text: they are always read with their task and never filtered on.
CREATE TABLE task (
    task_id            VARCHAR(64)              NOT NULL,
    parent_task_id     VARCHAR(64),
    title              VARCHAR(500),
    description        VARCHAR,
    category           VARCHAR(32),
    source_type        VARCHAR(32),
    source_reference   VARCHAR(255),
    leader_in_charge   VARCHAR(255),
    lead_department    VARCHAR(255),
    co_departments     VARCHAR                  NOT NULL,
    responsible_person VARCHAR(255),
    due_date           DATE,
    original_due_date  DATE,
    reporting_cadence  VARCHAR(16),
    milestones         VARCHAR                  NOT NULL,
    status             VARCHAR(32)              NOT NULL,
    percent_complete   INTEGER                  NOT NULL,
    warning_level      VARCHAR(16)              NOT NULL,
    escalation_level   VARCHAR(32)              NOT NULL,
    open_escalations   VARCHAR                  NOT NULL,
    overdue            BOOLEAN                  NOT NULL,
    subtask_ids        VARCHAR                  NOT NULL,
    last_report        VARCHAR,
    open_requests      VARCHAR                  NOT NULL,
    assigned_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_at         TIMESTAMP WITH TIME ZONE,
    completed_at       TIMESTAMP WITH TIME ZONE,
    closed_at          TIMESTAMP WITH TIME ZONE,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT pk_task PRIMARY KEY (task_id)
);

CREATE INDEX ix_task_status ON task (status);
CREATE INDEX ix_task_lead_department ON task (lead_department);
CREATE INDEX ix_task_leader_in_charge ON task (leader_in_charge);
CREATE INDEX ix_task_due_date ON task (due_date);
CREATE INDEX ix_task_parent_task_id ON task (parent_task_id);

-- Who acts on a task: its LEAD and CO departments, and as ANCESTOR those of every task above it,
-- so that "a department sees its tasks and their subtasks" is one indexed lookup.
CREATE TABLE task_department (
    task_id    VARCHAR(64)  NOT NULL,
    department VARCHAR(255) NOT NULL,
    relation   VARCHAR(16)  NOT NULL,
    CONSTRAINT pk_task_department PRIMARY KEY (task_id, department, relation)
);

CREATE INDEX ix_task_department_department ON task_department (department, task_id);
