package gov.supervision.query.report;

import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.ExtensionGrantedEvent;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskClosedEvent;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.api.task.YearEndExplanationRecordedEvent;
import gov.supervision.query.QueryFixtures;
import gov.supervision.query.api.report.UnclosedTask;
import gov.supervision.query.api.report.YearEndReview;
import gov.supervision.query.api.report.YearEndReviewQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static gov.supervision.query.QueryFixtures.END_OF_JUNE;
import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.LEADER_LI;
import static gov.supervision.query.QueryFixtures.LEADER_WANG;
import static gov.supervision.query.QueryFixtures.TRANSPORT;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_LI;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_WANG;
import static gov.supervision.query.QueryFixtures.id;
import static gov.supervision.query.QueryFixtures.officeTime;
import static gov.supervision.query.QueryFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

@ReportsOnH2
class YearEndReviewTest {

    @Autowired
    private ReportProjection projection;
    @Autowired
    private YearEndExplanations explanations;
    @Autowired
    private TestEntityManager entityManager;
    @Autowired
    private JdbcTemplate jdbc;

    private QueryFixtures.Feed feed;

    @BeforeEach
    void setUp() {
        feed = new QueryFixtures.Feed(entityManager, projection, explanations);
    }

    private String assign(String department, String leader, String title, String officeTime) {
        String taskId = id();
        feed.nextEventAt(officeTime(officeTime))
                .assign(taskId, task(title, TaskCategory.MAJOR_PRIORITY, department, leader, END_OF_JUNE));
        return taskId;
    }

    private Instant explain(String taskId, int year, String explanation, String officeTime) {
        return feed.nextEventAt(officeTime(officeTime))
                .play(taskId, new YearEndExplanationRecordedEvent(taskId, year, explanation), LEADER_WANG);
    }

    private YearEndReview review(int year) {
        return explanations.handle(new YearEndReviewQuery(year));
    }

    @Test
    void unclosedTaskShowsWhereItStandsAndTheLatestExplanationOfItsYear() {
        String renewal = assign(HOUSING, VICE_MAYOR_WANG, "老旧小区改造", "2023-01-10T10:00");
        feed.play(renewal, new ProgressReportedEvent(renewal, id(), HOUSING, 70, "主体完工", null));
        feed.play(renewal, new ExtensionGrantedEvent(renewal, id(), END_OF_JUNE, LocalDate.of(2023, 9, 30),
                END_OF_JUNE, "拆迁延误"));
        explain(renewal, 2023, "资金未到位", "2023-12-20T10:00");
        Instant latest = explain(renewal, 2023, "征地拆迁延误，已明确明年一季度完成", "2023-12-28T10:00");

        YearEndReview review = review(2023);

        assertThat(review.year()).isEqualTo(2023);
        assertThat(review.unclosed()).isEqualTo(1);
        assertThat(review.explained()).isEqualTo(1);
        assertThat(review.tasks()).containsExactly(new UnclosedTask(renewal, "老旧小区改造", HOUSING,
                VICE_MAYOR_WANG, TaskStatus.IN_PROGRESS, LocalDate.of(2023, 9, 30), END_OF_JUNE, 70,
                "征地拆迁延误，已明确明年一季度完成", VICE_MAYOR_WANG, latest, null));
    }

    @Test
    void unexplainedTaskShowsNoExplanationAndIsNotCountedAsExplained() {
        String buses = assign(TRANSPORT, VICE_MAYOR_LI, "公交线网优化", "2023-01-10T10:00");
        String renewal = assign(HOUSING, VICE_MAYOR_WANG, "老旧小区改造", "2023-01-10T11:00");
        feed.nextEventAt(officeTime("2023-12-28T10:00"))
                .play(buses, new YearEndExplanationRecordedEvent(buses, 2023, "线路调整需听证"), LEADER_LI);

        YearEndReview review = review(2023);

        assertThat(review.unclosed()).isEqualTo(2);
        assertThat(review.explained()).isEqualTo(1);
        UnclosedTask unexplained = review.tasks().stream()
                .filter(task -> task.taskId().equals(renewal)).findFirst().orElseThrow();
        assertThat(unexplained.explanation()).isNull();
        assertThat(unexplained.explainedBy()).isNull();
        assertThat(unexplained.explainedAt()).isNull();
        assertThat(review.tasks()).filteredOn(task -> task.taskId().equals(buses))
                .extracting(UnclosedTask::explainedBy).containsExactly(VICE_MAYOR_LI);
    }

    @Test
    void closedTasksTasksOfOtherYearsAndExplanationsForOtherYearsAreLeftOut() {
        String lastYears = assign(HOUSING, VICE_MAYOR_WANG, "城中村改造", "2022-12-31T23:30");
        String closed = assign(HOUSING, VICE_MAYOR_WANG, "背街小巷整治", "2023-01-01T00:30");
        String open = assign(HOUSING, VICE_MAYOR_WANG, "老旧小区改造", "2023-01-02T10:00");
        explain(closed, 2023, "曾预计延期", "2023-05-01T10:00");
        feed.play(closed, new CompletionRequestedEvent(closed, "c-1", "完成", List.of()));
        feed.play(closed, new CompletionApprovedEvent(closed, "c-1", "同意"));
        feed.play(closed, new TaskClosedEvent(closed, null, "销号"));
        explain(open, 2024, "跨年推进", "2024-01-05T10:00");

        YearEndReview review = review(2023);

        assertThat(review.tasks()).extracting(UnclosedTask::taskId).containsExactly(open);
        assertThat(review.tasks()).extracting(UnclosedTask::explanation).containsOnlyNulls();
        assertThat(review.explained()).isZero();
        assertThat(review(2022).tasks()).extracting(UnclosedTask::taskId).containsExactly(lastYears);
    }

    @Test
    void viewForBiToolsListsTheSameTasksWithTheSameExplanationsAsTheReview() {
        String lastYears = assign(HOUSING, VICE_MAYOR_WANG, "城中村改造", "2022-12-31T23:30");
        String closed = assign(HOUSING, VICE_MAYOR_WANG, "背街小巷整治", "2023-01-01T00:30");
        String explained = assign(TRANSPORT, VICE_MAYOR_LI, "公交线网优化", "2023-01-02T10:00");
        assign(HOUSING, VICE_MAYOR_WANG, "老旧小区改造", "2023-01-02T11:00");
        feed.play(closed, new CompletionRequestedEvent(closed, "c-1", "完成", List.of()));
        feed.play(closed, new CompletionApprovedEvent(closed, "c-1", "同意"));
        feed.play(closed, new TaskClosedEvent(closed, null, "销号"));
        explain(explained, 2023, "线路调整需听证", "2023-12-28T10:00");
        explain(lastYears, 2023, "跨年推进", "2023-12-29T10:00");

        for (int year : List.of(2022, 2023)) {
            List<UnclosedTask> review = review(year).tasks();
            List<List<Object>> view = jdbc.query("select task_id, status, percent_complete, explanation, explained_by, "
                    + "rolled_up_percent from v_year_end_review where assigned_year = ?", (row, n) -> Arrays.asList(
                    row.getString("task_id"), row.getString("status"), row.getInt("percent_complete"),
                    row.getString("explanation"), row.getString("explained_by"),
                    row.getObject("rolled_up_percent", Integer.class)), year);

            assertThat(view).as("the view of %d", year).containsExactlyInAnyOrderElementsOf(review.stream()
                    .map(task -> Arrays.<Object>asList(task.taskId(), task.status().name(), task.percentComplete(),
                            task.explanation(), task.explainedBy(), task.rolledUpPercent()))
                    .toList());
        }
    }

    @Test
    void tasksAreOrderedByLeadDepartmentThenTitle() {
        String renewal = assign(HOUSING, VICE_MAYOR_WANG, "老旧小区改造", "2023-01-10T10:00");
        String lifts = assign(HOUSING, VICE_MAYOR_WANG, "加装电梯", "2023-01-10T11:00");
        String buses = assign(TRANSPORT, VICE_MAYOR_LI, "公交线网优化", "2023-01-10T12:00");

        assertThat(review(2023).tasks()).extracting(UnclosedTask::taskId).containsExactly(buses, lifts, renewal);
    }

    @Test
    void earlierExplanationDeliveredAgainDoesNotReplaceTheLatest() {
        String renewal = assign(HOUSING, VICE_MAYOR_WANG, "老旧小区改造", "2023-01-10T10:00");
        YearEndExplanationRecordedEvent first = new YearEndExplanationRecordedEvent(renewal, 2023, "资金未到位");
        feed.nextEventAt(officeTime("2023-12-20T10:00")).play(renewal, first, LEADER_WANG);
        explain(renewal, 2023, "征地拆迁延误", "2023-12-28T10:00");

        feed.redeliver(renewal, 1, first);

        assertThat(review(2023).tasks()).extracting(UnclosedTask::explanation).containsExactly("征地拆迁延误");
    }
}
