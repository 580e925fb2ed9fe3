package gov.supervision.query.report;

import gov.supervision.core.api.task.AccountabilityRecordedEvent;
import gov.supervision.core.api.task.AccountabilityType;
import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.ExcusedFailure;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.QueryFixtures;
import gov.supervision.query.api.report.DepartmentAssessment;
import gov.supervision.query.api.report.DepartmentReport;
import gov.supervision.query.api.report.DepartmentReportQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import static gov.supervision.query.QueryFixtures.ECOLOGY;
import static gov.supervision.query.QueryFixtures.END_OF_JUNE;
import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.TRANSPORT;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_WANG;
import static gov.supervision.query.QueryFixtures.dueSoon;
import static gov.supervision.query.QueryFixtures.id;
import static gov.supervision.query.QueryFixtures.officeTime;
import static gov.supervision.query.QueryFixtures.overdue;
import static gov.supervision.query.QueryFixtures.reassigned;
import static gov.supervision.query.QueryFixtures.task;
import static gov.supervision.query.QueryFixtures.weekMissed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The assessment read as of an instant: the figures of the year at its cut-off and never after, any earlier instant
 * exactly, report timeliness by the periods owed, rates weighed by category, and a ranking without ties at a clamp.
 * The office's clock stands at 15 January 2024, so 2023 is cut off (at the end of 31 December in Shanghai).
 */
@ReportsOnH2
class AssessmentAsOfTest {

    private static final Instant CUT_OFF_2023 = officeTime("2024-01-01T00:00");

    @Autowired
    private ReportProjection projection;
    @Autowired
    private ReportQueries queries;
    @Autowired
    private TestEntityManager entityManager;
    @Autowired
    private DataSource dataSource;

    private QueryFixtures.Feed feed;

    @BeforeEach
    void setUp() {
        feed = new QueryFixtures.Feed(entityManager, projection);
    }

    private DepartmentReport report(int year, Instant asOf) {
        return queries.handle(new DepartmentReportQuery(year, asOf));
    }

    private DepartmentAssessment of(String department, Instant asOf) {
        return report(2023, asOf).departments().stream()
                .filter(line -> department.equals(line.department()))
                .findFirst().orElseThrow();
    }

    private String assign(String department, TaskCategory category, String title) {
        String taskId = id();
        feed.assign(taskId, task(title, category, department, VICE_MAYOR_WANG, END_OF_JUNE));
        return taskId;
    }

    private void complete(String taskId, Instant at) {
        String requestId = id();
        feed.nextEventAt(at).play(taskId, new CompletionRequestedEvent(taskId, requestId, "已完成", List.of()));
        feed.play(taskId, new CompletionApprovedEvent(taskId, requestId, "同意办结"));
    }

    @Test
    void theYearIsFrozenAtItsCutOffWhateverHappensAfterIt() {
        String renewal = assign(HOUSING, TaskCategory.MAJOR_PRIORITY, "老旧小区改造");
        feed.nextEventAt(officeTime("2023-07-01T00:05")).play(renewal, overdue(renewal, END_OF_JUNE));
        DepartmentAssessment atYearEnd = of(HOUSING, null);
        DepartmentAssessment lateEvening = of(HOUSING, officeTime("2023-12-31T23:00"));

        // Completed in the new year: the task was overdue when 2023 was cut off, and stays so in 2023's figures.
        complete(renewal, officeTime("2024-01-02T10:00"));
        DepartmentReport afterwards = report(2023, null);

        assertThat(atYearEnd.overdue()).isEqualTo(1);
        assertThat(afterwards.departments()).singleElement().isEqualTo(atYearEnd).isEqualTo(lateEvening);
        assertThat(afterwards.asOf()).isEqualTo(CUT_OFF_2023).isEqualTo(afterwards.cutOff());
        assertThat(afterwards.frozen()).isTrue();
        assertThat(report(2023, officeTime("2024-01-10T00:00")).departments())
                .as("an instant after the cut-off reads the cut-off").singleElement().isEqualTo(atYearEnd);
        assertThat(biView(2023)).as("the BI view reads the year at its end too")
                .containsExactly(List.of(HOUSING, 1L, 0L, 0L, 1L, 0L, 1L));
    }

    /** The view BI tools read: department, assigned, closed, closed on time, overdue, yellow and red warnings. */
    private List<List<Object>> biView(int year) {
        return new JdbcTemplate(dataSource).query("""
                        select department, assigned, closed, closed_on_time, overdue, yellow_warnings, red_warnings
                        from v_department_year where calendar_year = ? order by department""",
                (row, n) -> List.<Object>of(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4),
                        row.getLong(5), row.getLong(6), row.getLong(7)), year);
    }

    private static List<Object> figures(DepartmentAssessment line) {
        return List.of(line.department(), line.assigned(), line.closed(), line.closedOnTime(), line.overdue(),
                line.yellowWarnings(), line.redWarnings());
    }

    @Test
    void anEarlierInstantReadsTheYearAsItStoodThen() {
        String renewal = assign(HOUSING, TaskCategory.MAJOR_PRIORITY, "老旧小区改造");
        feed.nextEventAt(officeTime("2023-07-01T00:05")).play(renewal, overdue(renewal, END_OF_JUNE));
        complete(renewal, officeTime("2023-07-20T10:00"));

        DepartmentAssessment beforeTheDueDate = of(HOUSING, officeTime("2023-06-30T12:00"));
        DepartmentAssessment whileOverdue = of(HOUSING, officeTime("2023-07-10T12:00"));
        DepartmentAssessment atYearEnd = of(HOUSING, null);

        assertThat(beforeTheDueDate.overdue()).isZero();
        assertThat(beforeTheDueDate.redWarnings()).isZero();
        assertThat(whileOverdue.overdue()).isEqualTo(1);
        assertThat(whileOverdue.redWarnings()).isEqualTo(1);
        assertThat(whileOverdue.closedOnTime()).isZero();
        assertThat(atYearEnd.overdue()).as("completion ends the overdue warning").isZero();
        assertThat(atYearEnd.redWarnings()).as("the warning happened all the same").isEqualTo(1);
        assertThat(report(2023, officeTime("2022-12-01T00:00")).departments()).isEmpty();
        assertThat(report(2023, officeTime("2023-06-30T12:00")).frozen()).as("2023 is cut off by now").isTrue();
    }

    @Test
    void aReassignedTaskCountsForTheDepartmentLeadingItAtTheInstant() {
        String renewal = assign(HOUSING, TaskCategory.MAJOR_PRIORITY, "老旧小区改造");
        feed.nextEventAt(officeTime("2023-03-01T10:00"))
                .play(renewal, reassigned(renewal, HOUSING, TRANSPORT, "张三"));

        assertThat(of(HOUSING, officeTime("2023-02-01T00:00")).assigned()).isEqualTo(1);
        assertThat(report(2023, officeTime("2023-02-01T00:00")).departments())
                .extracting(DepartmentAssessment::department).containsExactly(HOUSING);
        assertThat(of(HOUSING, null).assigned()).isZero();
        assertThat(of(TRANSPORT, null).assigned()).isEqualTo(1);
        assertThat(biView(2023)).containsExactlyInAnyOrderElementsOf(
                report(2023, null).departments().stream().map(AssessmentAsOfTest::figures).toList());
    }

    @Test
    void reportTimelinessCountsThePeriodsOwedThatWereReportedAndMissed() {
        String renewal = id();
        // Claimed on Wednesday 1 March: the first week owed is the next, from Monday 6 March (2023-W10).
        feed.nextEventAt(officeTime("2023-03-01T09:00")).assign(renewal, new TaskDetails("老旧小区改造", "按周报送",
                TaskCategory.MAJOR_PRIORITY, null, VICE_MAYOR_WANG, HOUSING, List.of(), null, END_OF_JUNE,
                ReportingCadence.WEEKLY, List.of()));
        feed.play(renewal, new TaskClaimedEvent(renewal, HOUSING, "张三"));
        report(renewal, "2023-03-02T10:00");
        report(renewal, "2023-03-07T10:00");
        report(renewal, "2023-03-09T10:00");
        // Week 11 missed (due by Friday 17 March); a report on its Sunday comes after its warning and is late.
        feed.nextEventAt(officeTime("2023-03-18T00:00"))
                .play(renewal, weekMissed(renewal, "2023-W11", LocalDate.of(2023, 3, 13), 1));
        report(renewal, "2023-03-19T10:00");
        report(renewal, "2023-03-21T10:00");

        DepartmentAssessment housing = of(HOUSING, officeTime("2023-03-25T00:00"));

        assertThat(housing.periodsDue()).as("weeks 10, 11 and 12").isEqualTo(3);
        assertThat(housing.periodsReported()).as("weeks 10 and 12").isEqualTo(2);
        assertThat(housing.reportTimeliness()).isEqualTo(0.6667);
        assertThat(housing.yellowWarnings()).isEqualTo(1);
        assertThat(housing.yellowPerTask()).as("a missed report weighs in timeliness only").isZero();
    }

    private void report(String taskId, String at) {
        feed.nextEventAt(officeTime(at)).play(taskId, new ProgressReportedEvent(taskId, id(), HOUSING, 10, "推进中",
                null));
    }

    @Test
    void aDueDiligenceExemptionExcusesTheReportsItsWarningsNamed() {
        String renewal = id();
        feed.nextEventAt(officeTime("2023-03-01T09:00")).assign(renewal, new TaskDetails("老旧小区改造", "按周报送",
                TaskCategory.MAJOR_PRIORITY, null, VICE_MAYOR_WANG, HOUSING, List.of(), null, END_OF_JUNE,
                ReportingCadence.WEEKLY, List.of()));
        feed.nextEventAt(officeTime("2023-03-18T00:00"))
                .play(renewal, weekMissed(renewal, "2023-W11", LocalDate.of(2023, 3, 13), 1));
        Instant beforeTheExemption = officeTime("2023-03-20T00:00");
        feed.nextEventAt(officeTime("2023-03-21T10:00")).play(renewal, new AccountabilityRecordedEvent(renewal, id(),
                AccountabilityType.DUE_DILIGENCE_EXEMPTION, "住建局张某", "封控期间无法报送", HOUSING, "ZJJ",
                List.of(ExcusedFailure.WARNING)));

        assertThat(of(HOUSING, beforeTheExemption).periodsDue()).isEqualTo(1);
        assertThat(of(HOUSING, null).periodsDue()).isZero();
        assertThat(of(HOUSING, null).yellowWarnings()).isZero();
    }

    @Test
    void aTaskOfAWeightierCategoryWeighsMoreInTheRates() {
        String housingRedLine = assign(HOUSING, TaskCategory.RED_LINE, "安全生产");
        String housingRoutine = assign(HOUSING, TaskCategory.MAJOR_PRIORITY, "背街小巷整治");
        String transportRedLine = assign(TRANSPORT, TaskCategory.RED_LINE, "道路安全");
        String transportRoutine = assign(TRANSPORT, TaskCategory.MAJOR_PRIORITY, "公交线网优化");
        complete(housingRoutine, officeTime("2023-06-01T10:00"));
        complete(transportRedLine, officeTime("2023-06-01T12:00"));
        feed.nextEventAt(officeTime("2023-07-01T00:05")).play(housingRedLine, overdue(housingRedLine, END_OF_JUNE));
        feed.play(transportRoutine, overdue(transportRoutine, END_OF_JUNE));

        DepartmentAssessment housing = of(HOUSING, null);
        DepartmentAssessment transport = of(TRANSPORT, null);

        assertThat(housing.weightedTasks()).isEqualTo(2.5);
        assertThat(housing.onTimeRate()).isEqualTo(0.4);
        assertThat(housing.overdueRate()).isEqualTo(0.6);
        assertThat(transport.onTimeRate()).isEqualTo(0.6);
        assertThat(transport.overdueRate()).isEqualTo(0.4);
        assertThat(transport.rank()).isEqualTo(1);
        assertThat(housing.rank()).isEqualTo(2);
    }

    @Test
    void departmentsRankByScoreAndNoneTiesAtAClamp() {
        String diligent = assign(ECOLOGY, TaskCategory.MAJOR_PRIORITY, "黑臭水体治理");
        String behind = assign(HOUSING, TaskCategory.MAJOR_PRIORITY, "老旧小区改造");
        String worse = assign(TRANSPORT, TaskCategory.MAJOR_PRIORITY, "公交线网优化");
        feed.nextEventAt(officeTime("2023-06-27T08:00")).play(diligent, dueSoon(diligent, END_OF_JUNE));
        complete(diligent, officeTime("2023-06-28T10:00"));
        feed.nextEventAt(officeTime("2023-07-01T00:05")).play(behind, overdue(behind, END_OF_JUNE));
        feed.play(worse, overdue(worse, END_OF_JUNE));
        for (int i = 0; i < 4; i++) {
            feed.play(worse, QueryFixtures.byHand(worse, "w-" + i, WarningLevel.RED,
                    "进度严重滞后"));
        }

        DepartmentReport year = report(2023, null);

        assertThat(year.departments()).extracting(DepartmentAssessment::department, DepartmentAssessment::rank)
                .containsExactly(tuple(TRANSPORT, 3),
                        tuple(HOUSING, 2),
                        tuple(ECOLOGY, 1));
        assertThat(of(ECOLOGY, null).score()).as("a reminder that the due date is near costs nothing")
                .isEqualTo(100.0);
        // 50 × 0 + 30 + 10 + 10 − 20 × 1 overdue − 20 × 1 red = 10; with four more red warnings 10 − 20 × 4 = −70
        assertThat(of(HOUSING, null).score()).isEqualTo(10.0);
        assertThat(of(TRANSPORT, null).score()).isEqualTo(-70.0);
        assertThat(biView(2023)).as("the BI view counts as the assessment does").containsExactlyInAnyOrderElementsOf(
                year.departments().stream().map(AssessmentAsOfTest::figures).toList());
    }
}
