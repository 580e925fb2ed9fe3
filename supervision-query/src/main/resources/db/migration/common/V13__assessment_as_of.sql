-- The assessment read as of an instant (its cut-off, or any earlier one): every figure is counted from facts that
-- carry when they began and, for what lasts, when they ended; nothing is read "now".
--   report_fact.rule      the rule of time that raised a warning (DUE_SOON, OVERDUE, REPORT_MISSED, ...); null for
--                         a warning issued by hand and for every other kind
--   report_fact.ended_at  when what the fact counts stopped: a warning lifted or ended by the approval of the
--                         task's completion, a lead department's spell ended by a reassignment; null while it lasts
--   report_fact.ended_on  the day of ended_at in the office's zone
-- New kinds of fact:
--   TASK_TAKEN_OVER  a reassignment (改派) made the department the task's lead from then on; with TASK_ASSIGNED it
--                    names the lead department of a task at any instant
--   REPORT_PERIOD    one per task and reporting period (周/月/季) owed and reported in, for the lead department then;
--                    counted on the period's last day, as a missed period (REPORT_MISSED) is
--   report_task.reporting_cadence  the task's cadence (WEEKLY, MONTHLY, QUARTERLY, NONE)
--   report_task.owed_from          the first day of the first period the current round owes
--   report_task.lead_fact_id       the fact of the current lead department's spell
--   report_task.missed_period_end  the last day of the latest period missed, which a late report does not report
-- The facts written before this version know neither rule nor end: the reports projection is replayed from the
-- first event (its tables emptied here and its tracking token removed by the next migration).
ALTER TABLE report_fact ADD COLUMN rule VARCHAR(40);
ALTER TABLE report_fact ADD COLUMN ended_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE report_fact ADD COLUMN ended_on DATE;
ALTER TABLE report_task ADD COLUMN reporting_cadence VARCHAR(20);
ALTER TABLE report_task ADD COLUMN owed_from DATE;
ALTER TABLE report_task ADD COLUMN lead_fact_id VARCHAR(64);
ALTER TABLE report_task ADD COLUMN missed_period_end DATE;
CREATE INDEX ix_report_fact_task ON report_fact (task_id, kind);

DELETE FROM report_fact;
DELETE FROM report_task;
DELETE FROM report_explanation;
