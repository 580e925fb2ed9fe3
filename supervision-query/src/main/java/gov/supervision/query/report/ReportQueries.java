package gov.supervision.query.report;

import gov.supervision.query.api.report.BriefingLine;
import gov.supervision.query.api.report.DepartmentAssessment;
import gov.supervision.query.api.report.DepartmentReport;
import gov.supervision.query.api.report.DepartmentReportQuery;
import gov.supervision.query.api.report.PeriodicBriefing;
import gov.supervision.query.api.report.PeriodicBriefingQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsLast;

/**
 * The department assessment and the periodic briefings, answered from the views over the tables
 * {@link ReportProjection} keeps: the same views BI tools read, so the REST reports and a BI dashboard cannot
 * disagree. Departments are sorted here, by Java's string order, so the order does not depend on the database's
 * collation. The year-end review is decided in {@link YearEndExplanations}.
 */
@Component
class ReportQueries {

    private static final Comparator<String> BY_NAME = nullsLast(naturalOrder());

    private final JdbcTemplate jdbc;
    private final DepartmentScore score;

    ReportQueries(DataSource dataSource, DepartmentScore score) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.score = score;
    }

    @QueryHandler
    DepartmentReport handle(DepartmentReportQuery query) {
        List<DepartmentAssessment> departments = jdbc.query(
                        "select * from v_department_year where calendar_year = ?", ReportQueries::departmentYear,
                        query.year())
                .stream()
                .map(score::of)
                .sorted(comparing(DepartmentAssessment::department, BY_NAME))
                .toList();
        return new DepartmentReport(query.year(), score.weights(), departments);
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

    private static DepartmentYear departmentYear(ResultSet row, int rowNumber) throws SQLException {
        return new DepartmentYear(row.getString("department"), row.getLong("assigned"), row.getLong("closed"),
                row.getLong("closed_on_time"), row.getLong("overdue"), row.getLong("yellow_warnings"),
                row.getLong("red_warnings"), row.getLong("escalations"), row.getLong("findings"),
                row.getLong("accountability_records"), row.getLong("sanctions"), row.getLong("commendations"),
                row.getLong("escalations_asked"), row.getLong("co_tasks"), row.getLong("co_reports"));
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
