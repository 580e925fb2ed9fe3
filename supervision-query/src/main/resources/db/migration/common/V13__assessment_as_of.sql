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

-- A department's year for BI tools, as it stood at the end of the year (31 December in the office's zone; the REST
-- assessment also honours a configured cut-off and any earlier instant, and adds the rates and the score): the lead
-- department of a task is the one whose spell had begun and not ended by then; closed and closed on time count what
-- was closed or completed by then, overdue what was overdue then; warnings leave out the reminders that the due date
-- is near (DUE_SOON). periods_due and periods_reported are the reporting periods owed in the year, and reported in.
-- The columns before periods_due are unchanged in name and order.
DROP VIEW v_department_year;
CREATE VIEW v_department_year AS
SELECT k.department,
       k.calendar_year,
       COALESCE(t.assigned, 0)               AS assigned,
       COALESCE(t.closed, 0)                 AS closed,
       COALESCE(t.closed_on_time, 0)         AS closed_on_time,
       COALESCE(t.overdue, 0)                AS overdue,
       COALESCE(f.yellow_warnings, 0)        AS yellow_warnings,
       COALESCE(f.red_warnings, 0)           AS red_warnings,
       COALESCE(f.escalations, 0)            AS escalations,
       COALESCE(f.findings, 0)               AS findings,
       COALESCE(f.accountability_records, 0) AS accountability_records,
       COALESCE(f.sanctions, 0)              AS sanctions,
       COALESCE(f.commendations, 0)          AS commendations,
       COALESCE(f.escalations_asked, 0)      AS escalations_asked,
       COALESCE(f.co_tasks, 0)               AS co_tasks,
       COALESCE(f.co_reports, 0)             AS co_reports,
       COALESCE(f.periods_reported, 0) + COALESCE(f.periods_missed, 0) AS periods_due,
       COALESCE(f.periods_reported, 0)       AS periods_reported
FROM (SELECT DISTINCT department, occurred_year AS calendar_year FROM report_fact WHERE department IS NOT NULL) k
LEFT JOIN (SELECT department,
                  calendar_year,
                  COUNT(*) AS assigned,
                  SUM(closed) AS closed,
                  SUM(CASE WHEN completed = 1 AND (completed_on_time = TRUE OR exempt = 1) THEN 1 ELSE 0 END)
                      AS closed_on_time,
                  SUM(CASE WHEN closed = 0 AND exempt = 0 AND overdue_then = 1 THEN 1 ELSE 0 END) AS overdue
           FROM (SELECT l.department,
                        r.assigned_year AS calendar_year,
                        r.completed_on_time,
                        CASE WHEN EXISTS (SELECT 1 FROM report_fact c
                                          WHERE c.task_id = r.task_id AND c.kind = 'CLOSURE'
                                            AND c.occurred_year <= r.assigned_year) THEN 1 ELSE 0 END AS closed,
                        CASE WHEN EXISTS (SELECT 1 FROM report_fact c
                                          WHERE c.task_id = r.task_id AND c.kind = 'COMPLETION'
                                            AND c.occurred_year <= r.assigned_year) THEN 1 ELSE 0 END AS completed,
                        CASE WHEN EXISTS (SELECT 1 FROM report_fact e
                                          WHERE e.task_id = r.task_id AND e.kind = 'EXEMPT_OVERDUE'
                                            AND e.department = l.department
                                            AND e.occurred_year <= r.assigned_year) THEN 1 ELSE 0 END AS exempt,
                        CASE WHEN EXISTS (SELECT 1 FROM report_fact w
                                          WHERE w.task_id = r.task_id AND w.kind = 'WARNING_RED'
                                            AND w.rule = 'OVERDUE' AND w.occurred_year <= r.assigned_year
                                            AND (w.ended_on IS NULL
                                                 OR EXTRACT(YEAR FROM w.ended_on) > r.assigned_year))
                             THEN 1 ELSE 0 END AS overdue_then
                 FROM report_task r
                 JOIN report_fact l ON l.task_id = r.task_id AND l.kind IN ('TASK_ASSIGNED', 'TASK_TAKEN_OVER')
                                   AND l.occurred_year <= r.assigned_year
                                   AND (l.ended_on IS NULL OR EXTRACT(YEAR FROM l.ended_on) > r.assigned_year)
                 WHERE r.office_assigned = TRUE) tasks
           GROUP BY department, calendar_year) t
       ON t.department = k.department AND t.calendar_year = k.calendar_year
LEFT JOIN (SELECT department,
                  occurred_year AS calendar_year,
                  SUM(CASE WHEN kind = 'WARNING_YELLOW' THEN 1 ELSE 0 END) AS yellow_warnings,
                  SUM(CASE WHEN kind = 'WARNING_RED' THEN 1 ELSE 0 END) AS red_warnings,
                  SUM(CASE WHEN kind = 'ESCALATION' THEN 1 ELSE 0 END) AS escalations,
                  SUM(CASE WHEN kind = 'FINDING' THEN 1 ELSE 0 END) AS findings,
                  SUM(CASE WHEN kind IN ('ACCOUNTABILITY_SANCTION', 'ACCOUNTABILITY_COMMENDATION',
                                         'ACCOUNTABILITY_OTHER') THEN 1 ELSE 0 END) AS accountability_records,
                  SUM(CASE WHEN kind = 'ACCOUNTABILITY_SANCTION' THEN 1 ELSE 0 END) AS sanctions,
                  SUM(CASE WHEN kind = 'ACCOUNTABILITY_COMMENDATION' THEN 1 ELSE 0 END) AS commendations,
                  SUM(CASE WHEN kind = 'ESCALATION_ASKED' THEN 1 ELSE 0 END) AS escalations_asked,
                  SUM(CASE WHEN kind = 'CO_TASK' THEN 1 ELSE 0 END) AS co_tasks,
                  SUM(CASE WHEN kind = 'CO_REPORT' THEN 1 ELSE 0 END) AS co_reports,
                  SUM(CASE WHEN kind = 'REPORT_PERIOD' THEN 1 ELSE 0 END) AS periods_reported,
                  SUM(CASE WHEN kind = 'REPORT_MISSED' THEN 1 ELSE 0 END) AS periods_missed
           FROM report_fact fact
           WHERE (fact.rule IS NULL OR fact.rule <> 'DUE_SOON')
             AND NOT EXISTS (SELECT 1 FROM report_fact e
                             WHERE e.task_id = fact.task_id AND e.department = fact.department
                               AND e.occurred_year <= fact.occurred_year
                               AND ((e.kind = 'EXEMPT_WARNING'
                                     AND fact.kind IN ('WARNING_YELLOW', 'WARNING_RED', 'REPORT_MISSED'))
                                 OR (e.kind = 'EXEMPT_ESCALATION' AND fact.kind = 'ESCALATION')))
           GROUP BY department, occurred_year) f
       ON f.department = k.department AND f.calendar_year = k.calendar_year;
