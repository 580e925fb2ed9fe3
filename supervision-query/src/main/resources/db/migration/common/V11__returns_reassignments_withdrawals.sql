-- The rules of 1.1: a lead department may return a task (退回) and the office reassign it (改派); a warning may be
-- lifted by hand with a comment; an escalation may be withdrawn. Rows written before this version have no return, no
-- reassignment and no withdrawal, which is what these defaults say.

-- The ledger counts returns and reassignments and keeps the latest return as JSON text.
ALTER TABLE task ADD COLUMN returns INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE task ADD COLUMN reassignments INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE task ADD COLUMN last_return VARCHAR;

-- Warnings and escalations keep their task's parent, so that a reassigned subtask is still seen by those who see the
-- task above it. Rows from before this version take it from the ledger's own table, as a rebuild would.
ALTER TABLE warning_task ADD COLUMN parent_task_id VARCHAR(64);
UPDATE warning_task SET parent_task_id = (SELECT t.parent_task_id FROM task t WHERE t.task_id = warning_task.task_id);
ALTER TABLE escalation_task ADD COLUMN parent_task_id VARCHAR(64);
UPDATE escalation_task
SET parent_task_id = (SELECT t.parent_task_id FROM task t WHERE t.task_id = escalation_task.task_id);

-- A warning lifted by hand (LIFTED_BY_HAND) keeps the office's reason for lifting it.
ALTER TABLE warning ADD COLUMN lift_comment VARCHAR;

-- An escalation is OPEN, RESOLVED (by a decision) or WITHDRAWN (its task closed or was reassigned: when and why), and
-- was raised by the RULE, the SUPERVISOR or the DEPARTMENT. Rows from before this version were open or resolved; who
-- raised one by hand is in the event's actor only, so raised_by_kind stays NULL there until the escalations are
-- rebuilt.
ALTER TABLE escalation ADD COLUMN status VARCHAR(16) DEFAULT 'OPEN' NOT NULL;
UPDATE escalation SET status = 'RESOLVED' WHERE open = FALSE;
ALTER TABLE escalation ADD COLUMN raised_by_kind VARCHAR(16);
UPDATE escalation SET raised_by_kind = 'RULE' WHERE rule IS NOT NULL;
ALTER TABLE escalation ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE escalation ADD COLUMN withdrawal_reason VARCHAR(16);

CREATE INDEX ix_escalation_status ON escalation (status, raised_at);

-- A department's day counts the tasks it returned (TASK_RETURNED) and those the office reassigned away from it
-- (TASK_REASSIGNED). The columns before them are unchanged; a missed report of the rules of 1.1 is a REPORT_MISSED
-- fact on the last day of the period it missed (see report_fact.occurred_on).
CREATE OR REPLACE VIEW v_department_day AS
SELECT department,
       occurred_on,
       SUM(CASE WHEN kind = 'TASK_ASSIGNED' THEN 1 ELSE 0 END) AS new_tasks,
       SUM(CASE WHEN kind = 'REPORT_RECEIVED' THEN 1 ELSE 0 END) AS reports_received,
       SUM(CASE WHEN kind = 'REPORT_MISSED' THEN 1 ELSE 0 END) AS reports_missing,
       SUM(CASE WHEN kind = 'WARNING_YELLOW' THEN 1 ELSE 0 END) AS yellow_warnings,
       SUM(CASE WHEN kind = 'WARNING_RED' THEN 1 ELSE 0 END) AS red_warnings,
       SUM(CASE WHEN kind = 'ESCALATION' THEN 1 ELSE 0 END) AS escalations,
       SUM(CASE WHEN kind = 'COMPLETION' THEN 1 ELSE 0 END) AS completions,
       SUM(CASE WHEN kind = 'CLOSURE' THEN 1 ELSE 0 END) AS closures,
       SUM(CASE WHEN kind = 'FINDING' THEN 1 ELSE 0 END) AS findings,
       SUM(CASE WHEN kind = 'ACCOUNTABILITY_SANCTION' THEN 1 ELSE 0 END) AS sanctions,
       SUM(CASE WHEN kind = 'ACCOUNTABILITY_COMMENDATION' THEN 1 ELSE 0 END) AS commendations,
       SUM(CASE WHEN kind = 'ACCOUNTABILITY_OTHER' THEN 1 ELSE 0 END) AS other_accountability,
       SUM(CASE WHEN kind = 'TASK_RETURNED' THEN 1 ELSE 0 END) AS returns,
       SUM(CASE WHEN kind = 'TASK_REASSIGNED' THEN 1 ELSE 0 END) AS reassignments
FROM report_fact
WHERE department IS NOT NULL
GROUP BY department, occurred_on;
