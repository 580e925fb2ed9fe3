-- The ledger rolls progress up from subtasks: each subtask's weight and percent by subtask id (JSON text) and
-- their weighted mean. Rows written before this version start with none; replaying the ledger fills them in.
ALTER TABLE task ADD COLUMN subtask_progress VARCHAR DEFAULT '{}' NOT NULL;
ALTER TABLE task ADD COLUMN subtask_percent INTEGER;

-- Reports (考核, 周报/月报/季报, 年底对照检查): the "reports" projection's own tables, read by the query handlers
-- and, through the views below, directly by BI tools. Dates are calendar days in the office's zone
-- (supervision.zone); instants are UTC. Everything here is rebuilt from the events by a replay.

-- One row per task as the reports need it.
--   assigned_year      year of assigned_at in the office's zone: the year the task belongs to
--   original_due_date  due date at assignment; extensions move due_date only
--   overdue            true while an OVERDUE warning of the task is in force (lifted by an extension or approval)
--   completed_at       when completion was approved; percent_complete is then 100
--   completed_on_time  approval date (office zone) on or before original_due_date; null until approved
--   closed_at          when the task was struck off (销号)
--   version            sequence of the task's last event applied, so a redelivery changes nothing
CREATE TABLE report_task (
    task_id            VARCHAR(64)              NOT NULL,
    title              VARCHAR(500),
    category           VARCHAR(32),
    lead_department    VARCHAR(255),
    leader_in_charge   VARCHAR(255),
    parent_task_id     VARCHAR(64),
    assigned_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    assigned_year      INTEGER                  NOT NULL,
    original_due_date  DATE,
    due_date           DATE,
    status             VARCHAR(32)              NOT NULL,
    overdue            BOOLEAN                  NOT NULL,
    overdue_warning_id VARCHAR(64),
    percent_complete   INTEGER                  NOT NULL,
    completed_at       TIMESTAMP WITH TIME ZONE,
    completed_on_time  BOOLEAN,
    closed_at          TIMESTAMP WITH TIME ZONE,
    version            BIGINT                   NOT NULL,
    CONSTRAINT pk_report_task PRIMARY KEY (task_id)
);

CREATE INDEX ix_report_task_year ON report_task (assigned_year, lead_department);

-- One row per countable thing that happened, counted for the task's lead department.
--   fact_id        the domain id of what is counted (task, report, warning, escalation, request or record id),
--                  so a redelivered event finds its row and counts nothing twice
--   kind           TASK_ASSIGNED, REPORT_RECEIVED, REPORT_MISSED, WARNING_YELLOW, WARNING_RED, ESCALATION,
--                  COMPLETION (approved), CLOSURE, FINDING (rectification task opened),
--                  ACCOUNTABILITY_SANCTION (约谈提醒, 问责), ACCOUNTABILITY_COMMENDATION (公开表扬, 推荐重用),
--                  ACCOUNTABILITY_OTHER (尽职免责)
--                  A warning for a missed report is one REPORT_MISSED and one WARNING_<level> row of the same id.
--   occurred_on    the day in the office's zone; occurred_year its year
CREATE TABLE report_fact (
    fact_id       VARCHAR(64)              NOT NULL,
    kind          VARCHAR(32)              NOT NULL,
    task_id       VARCHAR(64)              NOT NULL,
    department    VARCHAR(255),
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_on   DATE                     NOT NULL,
    occurred_year INTEGER                  NOT NULL,
    CONSTRAINT pk_report_fact PRIMARY KEY (fact_id, kind)
);

CREATE INDEX ix_report_fact_occurred_on ON report_fact (occurred_on, department);
CREATE INDEX ix_report_fact_occurred_year ON report_fact (occurred_year, department);

-- The leader's year-end explanation of an unfinished task, the latest per task and year.
--   calendar_year  the year explained ("year" is a reserved word in H2)
--   explained_by   the name of whoever recorded it
--   event_sequence the task's sequence of the explanation: the highest is the latest
CREATE TABLE report_explanation (
    task_id        VARCHAR(64)              NOT NULL,
    calendar_year  INTEGER                  NOT NULL,
    explanation    VARCHAR,
    explained_by   VARCHAR(255),
    explained_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    event_sequence BIGINT                   NOT NULL,
    CONSTRAINT pk_report_explanation PRIMARY KEY (task_id, calendar_year)
);

-- A department's year (考核): one row per department that leads a task assigned in the year or has a fact in it.
--   assigned         tasks it leads assigned in the year (assigned_year)
--   closed           of those, struck off by now
--   closed_on_time   of those closed, completion approved by the original due date
--   overdue          of those, open and overdue now
--   the rest         facts of the year on the tasks it leads, by kind; accountability_records counts all three kinds
-- The score is not here: its weights are configuration (supervision.assessment.*), see AssessmentWeights.
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
       COALESCE(f.commendations, 0)          AS commendations
FROM (SELECT lead_department AS department, assigned_year AS calendar_year
      FROM report_task WHERE lead_department IS NOT NULL
      UNION
      SELECT department, occurred_year FROM report_fact WHERE department IS NOT NULL) k
LEFT JOIN (SELECT lead_department AS department,
                  assigned_year AS calendar_year,
                  COUNT(*) AS assigned,
                  SUM(CASE WHEN closed_at IS NOT NULL THEN 1 ELSE 0 END) AS closed,
                  SUM(CASE WHEN closed_at IS NOT NULL AND completed_on_time = TRUE THEN 1 ELSE 0 END) AS closed_on_time,
                  SUM(CASE WHEN closed_at IS NULL AND overdue = TRUE THEN 1 ELSE 0 END) AS overdue
           FROM report_task
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
                  SUM(CASE WHEN kind = 'ACCOUNTABILITY_COMMENDATION' THEN 1 ELSE 0 END) AS commendations
           FROM report_fact
           GROUP BY department, occurred_year) f
       ON f.department = k.department AND f.calendar_year = k.calendar_year;

-- A department's day: the facts of the tasks it leads, counted by kind. Summed over a week, month, quarter or
-- year it is the periodic briefing; warnings = yellow_warnings + red_warnings, missed reports included.
CREATE VIEW v_department_day AS
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
       SUM(CASE WHEN kind = 'ACCOUNTABILITY_OTHER' THEN 1 ELSE 0 END) AS other_accountability
FROM report_fact
WHERE department IS NOT NULL
GROUP BY department, occurred_on;

-- The year-end review (年底对照检查): every task not closed, with its leader's latest explanation for the year it
-- was assigned in (explanation, explained_by and explained_at null when there is none yet).
CREATE VIEW v_year_end_review AS
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
       e.explained_at
FROM report_task t
LEFT JOIN report_explanation e ON e.task_id = t.task_id AND e.calendar_year = t.assigned_year
WHERE t.closed_at IS NULL;
