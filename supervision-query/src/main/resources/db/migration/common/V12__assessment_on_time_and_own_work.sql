-- The assessment as the office counts it (考核):
--   office_assigned          false for a subtask a department made for itself (its lead department is its
--                            parent's): its own planning, not a target, so it is not in the department's task counts
--   on_time_due_date         the date on-time is judged by: the original due date, moved by an extension asked for
--                            on or before the date then in force, never by one asked after it
--   extension_asked_in_time  whether the extension request waiting for its decision was asked by that date
--   completion_requested_on  the day (office zone) of the latest completion request; an approved completion is on
--                            time when it was requested by on_time_due_date
-- Rows written before this version take the original due date and count as office work; tasks completed before it
-- keep the on-time verdict they were given until the reports projection is rebuilt.
ALTER TABLE report_task ADD COLUMN office_assigned BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE report_task ADD COLUMN on_time_due_date DATE;
ALTER TABLE report_task ADD COLUMN extension_asked_in_time BOOLEAN;
ALTER TABLE report_task ADD COLUMN completion_requested_on DATE;
UPDATE report_task SET on_time_due_date = original_due_date;

-- A department's year: the task counts are of office work only; escalations are those the assessment deducts (by the
-- rule or the office), and escalations_asked those the department asked for itself (提请协调, kind ESCALATION_ASKED),
-- which cost it nothing. A due-diligence exemption (尽职免责, facts EXEMPT_*) excuses, for its subject department on
-- its task, the task's being overdue or late (counted on time), its warnings or its escalations. co_tasks and
-- co_reports are its co-operating share (协同): the tasks it co-operates on, assigned in the year, and the progress
-- reports it made on them. The columns before escalations_asked are unchanged in name and order.
CREATE OR REPLACE VIEW v_department_year AS
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
       COALESCE(f.co_reports, 0)             AS co_reports
FROM (SELECT lead_department AS department, assigned_year AS calendar_year
      FROM report_task WHERE lead_department IS NOT NULL
      UNION
      SELECT department, occurred_year FROM report_fact WHERE department IS NOT NULL) k
LEFT JOIN (SELECT lead_department AS department,
                  assigned_year AS calendar_year,
                  COUNT(*) AS assigned,
                  SUM(CASE WHEN closed_at IS NOT NULL THEN 1 ELSE 0 END) AS closed,
                  SUM(CASE WHEN closed_at IS NOT NULL AND (completed_on_time = TRUE OR exempt_overdue = 1)
                           THEN 1 ELSE 0 END) AS closed_on_time,
                  SUM(CASE WHEN closed_at IS NULL AND overdue = TRUE AND exempt_overdue = 0 THEN 1 ELSE 0 END) AS overdue
           FROM (SELECT r.*,
                        CASE WHEN EXISTS (SELECT 1 FROM report_fact e
                                          WHERE e.kind = 'EXEMPT_OVERDUE' AND e.task_id = r.task_id
                                            AND e.department = r.lead_department) THEN 1 ELSE 0 END AS exempt_overdue
                 FROM report_task r
                 WHERE r.office_assigned = TRUE) tasks
           GROUP BY lead_department, assigned_year) t
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
                  SUM(CASE WHEN kind = 'CO_REPORT' THEN 1 ELSE 0 END) AS co_reports
           FROM report_fact fact
           WHERE NOT EXISTS (SELECT 1 FROM report_fact e
                             WHERE e.task_id = fact.task_id AND e.department = fact.department
                               AND ((e.kind = 'EXEMPT_WARNING' AND fact.kind IN ('WARNING_YELLOW', 'WARNING_RED'))
                                 OR (e.kind = 'EXEMPT_ESCALATION' AND fact.kind = 'ESCALATION')))
           GROUP BY department, occurred_year) f
       ON f.department = k.department AND f.calendar_year = k.calendar_year;

-- A department's day: escalations counts every escalation raised, those the department asked for included.
CREATE OR REPLACE VIEW v_department_day AS
SELECT department,
       occurred_on,
       SUM(CASE WHEN kind = 'TASK_ASSIGNED' THEN 1 ELSE 0 END) AS new_tasks,
       SUM(CASE WHEN kind = 'REPORT_RECEIVED' THEN 1 ELSE 0 END) AS reports_received,
       SUM(CASE WHEN kind = 'REPORT_MISSED' THEN 1 ELSE 0 END) AS reports_missing,
       SUM(CASE WHEN kind = 'WARNING_YELLOW' THEN 1 ELSE 0 END) AS yellow_warnings,
       SUM(CASE WHEN kind = 'WARNING_RED' THEN 1 ELSE 0 END) AS red_warnings,
       SUM(CASE WHEN kind IN ('ESCALATION', 'ESCALATION_ASKED') THEN 1 ELSE 0 END) AS escalations,
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

-- The year-end review shows beside each task's own reported percent the progress its subtasks roll up to, as the
-- ledger keeps it (task.subtask_percent; NULL for a task without subtasks).
CREATE OR REPLACE VIEW v_year_end_review AS
SELECT t.task_id,
       t.title,
       t.lead_department,
       t.leader_in_charge,
       t.status,
       t.due_date,
       t.original_due_date,
       t.percent_complete,
       t.assigned_year,
       e.explanation,
       e.explained_by,
       e.explained_at,
       l.subtask_percent AS rolled_up_percent
FROM report_task t
LEFT JOIN report_explanation e ON e.task_id = t.task_id AND e.calendar_year = t.assigned_year
LEFT JOIN task l ON l.task_id = t.task_id
WHERE t.closed_at IS NULL;
