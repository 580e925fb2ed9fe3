package gov.supervision.query.report;

import gov.supervision.core.api.assessment.AssessmentScheme;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.time.OfficeCalendar;
import gov.supervision.query.api.report.BriefingLine;
import gov.supervision.query.api.report.DepartmentAssessment;
import gov.supervision.query.api.report.DepartmentReport;
import gov.supervision.query.api.report.DepartmentReportQuery;
import gov.supervision.query.api.report.PeriodicBriefing;
import gov.supervision.query.api.report.PeriodicBriefingQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsLast;

/**
 * The department assessment and the periodic briefings. The assessment is read from the tables {@link ReportProjection}
 * keeps as they stood at an instant (the year's cut-off, or an earlier one asked for): every fact carries when it
 * began and, for what lasts, when it ended, so nothing is read "now" and a year's figures never move after its
 * cut-off. The briefings are answered from the views BI tools read, so the REST briefings and a BI dashboard cannot
 * disagree. Departments are sorted here, by Java's string order, so the order does not depend on the database's
 * collation. The year-end review is decided in {@link YearEndExplanations}.
 */
@Component
class ReportQueries {

    private static final Comparator<String> BY_NAME = nullsLast(naturalOrder());
    private static final Comparator<DepartmentAssessment> BEFORE = comparing(DepartmentAssessment::score)
            .thenComparing(DepartmentAssessment::weightedTasks)
            .thenComparing(DepartmentAssessment::periodsReported)
            .thenComparing(DepartmentAssessment::coReports)
            .reversed();

    // Instants are stored to the microsecond: the next one after an instant is a microsecond later.
    private static final Duration STORED_PRECISION = Duration.ofNanos(1000);

    // Every query counts what happened before :at, the first instant after the one the figures are read at.
    // The lead department of each task at :at: the spell (assignment or reassignment) begun before it and not ended.
    private static final String LEAD_AT = """
            join report_fact l on l.task_id = r.task_id and l.kind in ('TASK_ASSIGNED', 'TASK_TAKEN_OVER')
                             and l.occurred_at < :at and (l.ended_at is null or l.ended_at >= :at)""";

    // The office's tasks of the year, per lead department at :at and category: closed and completed by then (on time,
    // or late and excused by a due-diligence exemption for that department), and overdue then (an overdue warning in
    // force, not closed, not excused).
    private static final String TASKS = """
            select department, category, count(*) as assigned,
                   sum(case when closed_at < :at then 1 else 0 end) as closed,
                   sum(case when completed_at < :at and (completed_on_time = true or exempt = 1)
                            then 1 else 0 end) as closed_on_time,
                   sum(case when (closed_at is null or closed_at >= :at) and exempt = 0 and overdue_then = 1
                            then 1 else 0 end) as overdue
            from (select l.department, r.category, r.closed_at, r.completed_at, r.completed_on_time,
                         case when exists (select 1 from report_fact e
                                           where e.task_id = r.task_id and e.kind = 'EXEMPT_OVERDUE'
                                             and e.department = l.department and e.occurred_at < :at)
                              then 1 else 0 end as exempt,
                         case when exists (select 1 from report_fact w
                                           where w.task_id = r.task_id and w.kind = 'WARNING_RED'
                                             and w.rule = 'OVERDUE' and w.occurred_at < :at
                                             and (w.ended_at is null or w.ended_at >= :at))
                              then 1 else 0 end as overdue_then
                  from report_task r
            """ + LEAD_AT + """

                  where r.office_assigned = true and r.assigned_year = :year) tasks
            group by department, category""";

    // The facts of the year counted by :at, per department, category of their task, kind and rule; a reminder that the
    // due date is near (DUE_SOON) is not a failure, and what a due-diligence exemption for the department excuses by
    // then is left out. answered: of a department's co-operating tasks, those it reported on by then.
    private static final String FACTS = """
            select f.department, r.category, f.kind, f.rule, count(*) as facts,
                   sum(case when f.kind = 'CO_TASK' and exists (select 1 from report_fact c
                                                                 where c.task_id = f.task_id and c.kind = 'CO_REPORT'
                                                                   and c.department = f.department
                                                                   and c.occurred_at < :at)
                            then 1 else 0 end) as answered
            from report_fact f
            left join report_task r on r.task_id = f.task_id
            where f.occurred_year = :year and f.occurred_at < :at and f.department is not null
              and (f.rule is null or f.rule <> 'DUE_SOON')
              and not exists (select 1 from report_fact e
                              where e.task_id = f.task_id and e.department = f.department and e.occurred_at < :at
                                and ((e.kind = 'EXEMPT_WARNING'
                                      and f.kind in ('WARNING_YELLOW', 'WARNING_RED', 'REPORT_MISSED'))
                                  or (e.kind = 'EXEMPT_ESCALATION' and f.kind = 'ESCALATION')))
            group by f.department, r.category, f.kind, f.rule""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final AssessmentSchemeQueries schemes;
    private final AssessmentSettings settings;
    private final OfficeCalendar calendar;

    ReportQueries(DataSource dataSource, AssessmentSchemeQueries schemes, AssessmentSettings settings,
                  OfficeCalendar calendar) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.schemes = schemes;
        this.settings = settings;
        this.calendar = calendar;
    }

    /**
     * The year as it stood at the earliest of its cut-off, the instant asked for and now, scored by the scheme
     * version in force then; departments leading tasks in the year are ranked by score.
     */
    @QueryHandler
    DepartmentReport handle(DepartmentReportQuery query) {
        Instant cutOff = settings.cutOff(query.year(), calendar.zone());
        Instant now = calendar.now();
        Instant asked = query.asOf() == null || query.asOf().isAfter(now) ? now : query.asOf();
        Instant at = asked.isBefore(cutOff) ? asked : cutOff;
        // What happened at the instant asked for has happened by it; the cut-off is the first instant after the year.
        Instant before = at.plus(STORED_PRECISION).isBefore(cutOff) ? at.plus(STORED_PRECISION) : cutOff;
        AssessmentScheme scheme = schemes.inForceAt(before);
        MapSqlParameterSource parameters = new MapSqlParameterSource("year", query.year())
                .addValue("at", Timestamp.from(before));
        Map<String, DepartmentYear> years = new HashMap<>();
        named.query(TASKS, parameters, row -> {
            years.computeIfAbsent(row.getString("department"), DepartmentYear::new).addTasks(
                    scheme.multiplier(category(row)), row.getLong("assigned"), row.getLong("closed"),
                    row.getLong("closed_on_time"), row.getLong("overdue"));
        });
        named.query(FACTS, parameters, row -> {
            years.computeIfAbsent(row.getString("department"), DepartmentYear::new).addFacts(
                    scheme.multiplier(category(row)), FactKind.valueOf(row.getString("kind")), row.getString("rule"),
                    row.getLong("facts"), row.getLong("answered"));
        });
        List<DepartmentAssessment> departments = ranked(years.values().stream()
                .map(year -> DepartmentScore.of(year, scheme))
                .sorted(comparing(DepartmentAssessment::department, BY_NAME))
                .toList());
        return new DepartmentReport(query.year(), scheme.weights(), departments, at, cutOff, !now.isBefore(cutOff),
                scheme);
    }

    /**
     * Competition ranking (1, 2, 2, 4) among the departments that lead tasks of the year: by score, and between equal
     * scores by the work done at that standard, the weighed tasks, then the periods reported, then the reports made
     * on co-operating tasks; departments equal in all of these share a place.
     */
    private static List<DepartmentAssessment> ranked(List<DepartmentAssessment> departments) {
        List<DepartmentAssessment> leading = departments.stream()
                .filter(department -> department.assigned() > 0)
                .toList();
        return departments.stream()
                .map(department -> department.ranked(department.assigned() == 0 ? null
                        : 1 + (int) leading.stream().filter(other -> BEFORE.compare(other, department) < 0).count()))
                .toList();
    }

    private static TaskCategory category(ResultSet row) throws SQLException {
        String category = row.getString("category");
        return category == null ? null : TaskCategory.valueOf(category);
    }

    @QueryHandler
    PeriodicBriefing handle(PeriodicBriefingQuery query) {
        if (query.from() == null || query.to() == null || query.from().isAfter(query.to())) {
            throw new IllegalArgumentException(
                    "A period needs a first day on or before its last, got " + query.from() + " to " + query.to());
        }
        List<BriefingLine> departments = jdbc.query("""
                        select department, sum(new_tasks) as new_tasks, sum(reports_received) as reports_received,
                               sum(reports_missing) as reports_missing, sum(yellow_warnings) as yellow_warnings,
                               sum(red_warnings) as red_warnings, sum(escalations) as escalations,
                               sum(completions) as completions, sum(closures) as closures,
                               sum(returns) as returns, sum(reassignments) as reassignments
                        from v_department_day
                        where occurred_on between ? and ?
                        group by department""", ReportQueries::briefingLine, query.from(), query.to())
                .stream()
                .sorted(comparing(BriefingLine::department, BY_NAME))
                .toList();
        return new PeriodicBriefing(query.period(), query.from(), query.to(), departments, total(departments));
    }

    private static BriefingLine total(List<BriefingLine> lines) {
        return new BriefingLine(null,
                lines.stream().mapToLong(BriefingLine::newTasks).sum(),
                lines.stream().mapToLong(BriefingLine::reportsReceived).sum(),
                lines.stream().mapToLong(BriefingLine::reportsMissing).sum(),
                lines.stream().mapToLong(BriefingLine::warnings).sum(),
                lines.stream().mapToLong(BriefingLine::yellowWarnings).sum(),
                lines.stream().mapToLong(BriefingLine::redWarnings).sum(),
                lines.stream().mapToLong(BriefingLine::escalations).sum(),
                lines.stream().mapToLong(BriefingLine::completions).sum(),
                lines.stream().mapToLong(BriefingLine::closures).sum(),
                lines.stream().mapToLong(BriefingLine::returns).sum(),
                lines.stream().mapToLong(BriefingLine::reassignments).sum());
    }

    // Warnings are those of either level; a warning for a missed report is among them.
    private static BriefingLine briefingLine(ResultSet row, int rowNumber) throws SQLException {
        long yellow = row.getLong("yellow_warnings");
        long red = row.getLong("red_warnings");
        return new BriefingLine(row.getString("department"), row.getLong("new_tasks"),
                row.getLong("reports_received"), row.getLong("reports_missing"), yellow + red, yellow, red,
                row.getLong("escalations"), row.getLong("completions"), row.getLong("closures"),
                row.getLong("returns"), row.getLong("reassignments"));
    }
}
