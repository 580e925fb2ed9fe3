-- The directory (v1.1): a task names its departments and its leader by canonical name and, beside it, by code and
-- id. Rows written before this version have none; tasks assigned before the directory never will, and are read by
-- the names they were given. task_department and the audiences of warnings and escalations hold codes from now on.
ALTER TABLE task ADD COLUMN leader_id VARCHAR(64);
ALTER TABLE task ADD COLUMN lead_department_code VARCHAR(64);
ALTER TABLE task ADD COLUMN co_department_codes VARCHAR DEFAULT '[]' NOT NULL;

CREATE INDEX ix_task_leader_id ON task (leader_id);
