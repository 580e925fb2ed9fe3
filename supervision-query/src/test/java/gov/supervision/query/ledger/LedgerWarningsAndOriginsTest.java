package gov.supervision.query.ledger;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.Complexity;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.ProblemRegisteredEvent;
import gov.supervision.core.api.task.RectificationOpenedEvent;
import gov.supervision.core.api.task.SourceType;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TaskSource;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.query.QueryFixtures;
import gov.supervision.query.api.ledger.FindTaskQuery;
import gov.supervision.query.api.ledger.FindTasksQuery;
import gov.supervision.query.api.ledger.TaskFilter;
import gov.supervision.query.api.ledger.TaskView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

import java.time.LocalDate;
import java.util.List;

import static gov.supervision.query.QueryFixtures.END_OF_MARCH;
import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.STREET_OFFICE;
import static gov.supervision.query.QueryFixtures.byHand;
import static gov.supervision.query.QueryFixtures.dueSoon;
import static gov.supervision.query.QueryFixtures.id;
import static gov.supervision.query.QueryFixtures.oldQuarterRenewal;
import static gov.supervision.query.QueryFixtures.overdue;
import static gov.supervision.query.QueryFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

/** The ledger's light and overdue mark through warnings issued and lifted, and what problems and rectifications add. */
@LedgerTest
class LedgerWarningsAndOriginsTest {

    @Autowired
    private LedgerProjection projection;
    @Autowired
    private LedgerQueries queries;
    @Autowired
    private TestEntityManager entityManager;

    private QueryFixtures.Feed feed;
    private final String taskId = id();

    @BeforeEach
    void setUp() {
        feed = new QueryFixtures.Feed(entityManager, projection);
        feed.assign(taskId, oldQuarterRenewal());
    }

    private TaskView view() {
        return queries.handle(new FindTaskQuery(taskId)).orElseThrow();
    }

    private void lift(String warningId, WarningLevel level, TimeRule rule, LiftReason reason) {
        feed.play(taskId, new WarningLiftedEvent(taskId, warningId, level, rule, reason), Actor.SYSTEM);
    }

    @Test
    void redStaysWhileAYellowIsLiftedAndTheLightFallsBackAsEachWarningIsLifted() {
        feed.play(taskId, dueSoon(taskId, "w-1"), Actor.SYSTEM);
        feed.play(taskId, overdue(taskId, "w-2"), Actor.SYSTEM);
        feed.play(taskId, byHand(taskId, "w-3", WarningLevel.YELLOW, "报告质量不高"));
        assertThat(view().warningLevel()).isEqualTo(WarningLevel.RED);
        assertThat(view().overdue()).isTrue();

        lift("w-1", WarningLevel.YELLOW, TimeRule.DUE_SOON, LiftReason.EXTENSION_GRANTED);
        assertThat(view().warningLevel()).as("the red is still active").isEqualTo(WarningLevel.RED);
        assertThat(view().overdue()).isTrue();

        lift("w-2", WarningLevel.RED, TimeRule.OVERDUE, LiftReason.EXTENSION_GRANTED);
        assertThat(view().warningLevel()).as("the yellow by hand is still active").isEqualTo(WarningLevel.YELLOW);
        assertThat(view().overdue()).isFalse();

        lift("w-3", WarningLevel.YELLOW, null, LiftReason.REPORT_RECEIVED);
        assertThat(view().warningLevel()).isEqualTo(WarningLevel.NONE);
        assertThat(view().version()).isEqualTo(6);
    }

    @Test
    void onlyAnActiveOverdueWarningMakesATaskOverdueNotARedIssuedByHand() {
        feed.play(taskId, byHand(taskId, "w-1", WarningLevel.RED, "推进严重滞后"));

        assertThat(view().warningLevel()).isEqualTo(WarningLevel.RED);
        assertThat(view().overdue()).isFalse();
    }

    @Test
    void overdueFilterFindsTheTaskWhileItsOverdueWarningIsActive() {
        TaskFilter overdueOnly = new TaskFilter(null, null, null, null, null, true, null, null, null, null, null);
        feed.play(taskId, overdue(taskId, "w-1"), Actor.SYSTEM);
        assertThat(queries.handle(new FindTasksQuery(overdueOnly, 0, 10, null)).items())
                .extracting(TaskView::taskId).containsExactly(taskId);

        lift("w-1", WarningLevel.RED, TimeRule.OVERDUE, LiftReason.EXTENSION_GRANTED);
        assertThat(queries.handle(new FindTasksQuery(overdueOnly, 0, 10, null)).items()).isEmpty();
    }

    @Test
    void approvedCompletionEndsEveryWarningAndTheLiftsThatComeWithItChangeNothingMore() {
        feed.play(taskId, overdue(taskId, "w-1"), Actor.SYSTEM);
        feed.play(taskId, byHand(taskId, "w-2", WarningLevel.YELLOW, "佐证材料不足"));
        feed.play(taskId, new CompletionRequestedEvent(taskId, "c-1", "全部改造完毕", List.of()));
        feed.play(taskId, new CompletionApprovedEvent(taskId, "c-1", "验收合格"));

        assertThat(view().warningLevel()).isEqualTo(WarningLevel.NONE);
        assertThat(view().overdue()).isFalse();

        lift("w-1", WarningLevel.RED, TimeRule.OVERDUE, LiftReason.COMPLETED);
        lift("w-2", WarningLevel.YELLOW, null, LiftReason.COMPLETED);

        TaskView completed = view();
        assertThat(completed.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(completed.warningLevel()).isEqualTo(WarningLevel.NONE);
        assertThat(completed.overdue()).isFalse();
        assertThat(completed.version()).isEqualTo(6);
    }

    @Test
    void redeliveredWarningDoesNotComeBackAfterItsLift() {
        feed.play(taskId, dueSoon(taskId, "w-1"), Actor.SYSTEM);
        lift("w-1", WarningLevel.YELLOW, TimeRule.DUE_SOON, LiftReason.REPORT_RECEIVED);

        feed.redeliver(taskId, 1, dueSoon(taskId, "w-1"));

        assertThat(view().warningLevel()).isEqualTo(WarningLevel.NONE);
    }

    @Test
    void registeredProblemShowsItsComplexity() {
        String problemId = id();
        TaskDetails hotline = new TaskDetails("小区路灯不亮", "市民反映东城小区路灯损坏", TaskCategory.PROBLEM,
                new TaskSource(SourceType.HOTLINE, "12345-2023-0001"), null, STREET_OFFICE, List.of(), null,
                LocalDate.of(2023, 1, 11), null, List.of());
        feed.assign(problemId, hotline);
        feed.play(problemId, new ProblemRegisteredEvent(problemId, hotline.source(), Complexity.GENERAL,
                LocalDate.of(2023, 1, 4), 7));

        TaskView problem = queries.handle(new FindTaskQuery(problemId)).orElseThrow();
        assertThat(problem.category()).isEqualTo(TaskCategory.PROBLEM);
        assertThat(problem.complexity()).isEqualTo(Complexity.GENERAL);
        assertThat(problem.leaderInCharge()).as("a problem may have no leader in charge").isNull();
        assertThat(problem.inspectionId()).isNull();
        assertThat(problem.version()).isEqualTo(1);
    }

    @Test
    void rectificationShowsItsInspectionRelatedTaskAndComplexity() {
        String rectificationId = id();
        feed.assign(rectificationId, task("整改施工围挡不规范", TaskCategory.RECTIFICATION, HOUSING, null, END_OF_MARCH));
        feed.play(rectificationId, new RectificationOpenedEvent(rectificationId, "insp-7", taskId,
                Complexity.COMPLEX, LocalDate.of(2023, 1, 4), 30));

        TaskView rectification = queries.handle(new FindTaskQuery(rectificationId)).orElseThrow();
        assertThat(rectification.inspectionId()).isEqualTo("insp-7");
        assertThat(rectification.relatedTaskId()).isEqualTo(taskId);
        assertThat(rectification.complexity()).isEqualTo(Complexity.COMPLEX);
    }
}
