package gov.supervision.query.ledger;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.Complexity;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.SourceType;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskSource;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.QueryFixtures;
import gov.supervision.query.api.ledger.FindTaskQuery;
import gov.supervision.query.api.ledger.FindTasksQuery;
import gov.supervision.query.api.ledger.TaskFilter;
import gov.supervision.query.api.ledger.TaskView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

import java.util.List;

import static gov.supervision.query.QueryFixtures.END_OF_JUNE;
import static gov.supervision.query.QueryFixtures.FIRST_EVENT_AT;
import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.STREET_OFFICE;
import static gov.supervision.query.QueryFixtures.byHand;
import static gov.supervision.query.QueryFixtures.dueSoon;
import static gov.supervision.query.QueryFixtures.id;
import static gov.supervision.query.QueryFixtures.lifted;
import static gov.supervision.query.QueryFixtures.oldQuarterRenewal;
import static gov.supervision.query.QueryFixtures.overdue;
import static gov.supervision.query.QueryFixtures.reportMissed;
import static org.assertj.core.api.Assertions.assertThat;

/** The ledger's light and overdue mark through warnings issued and lifted, and what problems and rectifications add. */
@LedgerOnH2
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

    private final WarningIssuedEvent dueSoon = dueSoon(taskId, END_OF_JUNE);
    private final WarningIssuedEvent overdue = overdue(taskId, END_OF_JUNE);

    private void lift(WarningIssuedEvent warning, LiftReason reason) {
        feed.play(taskId, lifted(warning, reason));
    }

    @Test
    void redStaysWhileAYellowIsLiftedAndTheLightFallsBackAsEachWarningIsLifted() {
        WarningIssuedEvent reportMissed = reportMissed(taskId, FIRST_EVENT_AT, 1, 0);
        feed.play(taskId, dueSoon, Actor.SYSTEM);
        feed.play(taskId, overdue, Actor.SYSTEM);
        feed.play(taskId, reportMissed, Actor.SYSTEM);
        assertThat(view().warningLevel()).isEqualTo(WarningLevel.RED);
        assertThat(view().overdue()).isTrue();

        lift(dueSoon, LiftReason.EXTENSION_GRANTED);
        assertThat(view().warningLevel()).as("the red is still active").isEqualTo(WarningLevel.RED);
        assertThat(view().overdue()).isTrue();

        lift(overdue, LiftReason.EXTENSION_GRANTED);
        assertThat(view().warningLevel()).as("the yellow for the missed report is still active")
                .isEqualTo(WarningLevel.YELLOW);
        assertThat(view().overdue()).isFalse();

        lift(reportMissed, LiftReason.REPORT_RECEIVED);
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
        feed.play(taskId, overdue, Actor.SYSTEM);
        assertThat(queries.handle(new FindTasksQuery(overdueOnly, 0, 10, null)).items())
                .extracting(TaskView::taskId).containsExactly(taskId);

        lift(overdue, LiftReason.EXTENSION_GRANTED);
        assertThat(queries.handle(new FindTasksQuery(overdueOnly, 0, 10, null)).items()).isEmpty();
    }

    @Test
    void approvedCompletionEndsEveryWarningAndTheLiftsThatComeWithItChangeNothingMore() {
        WarningIssuedEvent byHand = byHand(taskId, "w-2", WarningLevel.YELLOW, "佐证材料不足");
        feed.play(taskId, overdue, Actor.SYSTEM);
        feed.play(taskId, byHand);
        feed.play(taskId, new CompletionRequestedEvent(taskId, "c-1", "全部改造完毕", List.of()));
        feed.play(taskId, new CompletionApprovedEvent(taskId, "c-1", "验收合格"));

        assertThat(view().warningLevel()).isEqualTo(WarningLevel.NONE);
        assertThat(view().overdue()).isFalse();

        lift(overdue, LiftReason.COMPLETED);
        lift(byHand, LiftReason.COMPLETED);

        TaskView completed = view();
        assertThat(completed.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(completed.warningLevel()).isEqualTo(WarningLevel.NONE);
        assertThat(completed.overdue()).isFalse();
        assertThat(completed.version()).isEqualTo(6);
    }

    @Test
    void redeliveredWarningDoesNotComeBackAfterItsLift() {
        feed.play(taskId, dueSoon, Actor.SYSTEM);
        lift(dueSoon, LiftReason.EXTENSION_GRANTED);

        feed.redeliver(taskId, 1, dueSoon);

        assertThat(view().warningLevel()).isEqualTo(WarningLevel.NONE);
    }

    @Test
    void registeredProblemShowsItsComplexity() {
        String problemId = id();
        feed.registerProblem(problemId, "小区路灯不亮", new TaskSource(SourceType.HOTLINE, "12345-2023-0001"),
                STREET_OFFICE, Complexity.GENERAL);

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
        feed.openRectification(rectificationId, "insp-7", "施工围挡不规范", HOUSING, taskId, Complexity.COMPLEX);

        TaskView rectification = queries.handle(new FindTaskQuery(rectificationId)).orElseThrow();
        assertThat(rectification.inspectionId()).isEqualTo("insp-7");
        assertThat(rectification.relatedTaskId()).isEqualTo(taskId);
        assertThat(rectification.complexity()).isEqualTo(Complexity.COMPLEX);
    }
}
