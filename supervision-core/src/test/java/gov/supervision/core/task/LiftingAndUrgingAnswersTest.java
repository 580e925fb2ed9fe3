package gov.supervision.core.task;

import gov.supervision.core.api.task.AssignTaskCommand;
import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.core.api.task.IssueWarningCommand;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.LiftWarningCommand;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.SendUrgingNoticeCommand;
import gov.supervision.core.api.task.SubmitProgressReportCommand;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.UrgingNoticeSentEvent;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.core.task.TaskDeadlines.UrgingDue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static gov.supervision.core.api.common.RuleViolation.UNKNOWN_WARNING;
import static gov.supervision.core.api.common.RuleViolation.WARNING_NOT_ACTIVE;
import static gov.supervision.core.task.TaskFixtures.*;

/**
 * The office lifts any active warning by hand with its reason (解除预警), and an urging notice (催办) with an answer
 * date expects a progress report by the end of that day. The fixtures' task is claimed on Wednesday 2023-03-01; the
 * urging notice asks for an answer by Friday 03-03.
 */
class LiftingAndUrgingAnswersTest {

    private static final String WARNING_ID = "warning-1";
    private static final String URGING_ID = "urging-1";
    private static final LocalDate FRIDAY = LocalDate.of(2023, 3, 3);
    private static final WarningIssuedEvent MANUAL_RED =
            new WarningIssuedEvent(TASK_ID, WARNING_ID, WarningLevel.RED, "推进严重滞后", null, Map.of());
    private static final WarningIssuedEvent UNANSWERED = new WarningIssuedEvent(TASK_ID,
            automaticId(TASK_ID, TimeRule.URGING_UNANSWERED, URGING_ID), WarningLevel.YELLOW,
            "催办通知要求2023-03-03前报送进展，逾期未报送", TimeRule.URGING_UNANSWERED,
            Map.of("rules", "1.1", "urgingId", URGING_ID, "respondBy", "2023-03-03"));

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void theOfficeLiftsAWarningIssuedByHandWithItsReason() {
        fixture.given(assigned(), claimed(), MANUAL_RED)
                .when(new LiftWarningCommand(TASK_ID, WARNING_ID, "经现场核查，已按计划推进", null), by(SUPERVISOR))
                .expectEvents(new WarningLiftedEvent(TASK_ID, WARNING_ID, WarningLevel.RED, null,
                        LiftReason.LIFTED_BY_HAND, "经现场核查，已按计划推进"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void theOfficeLiftsAnAutomaticWarningByHandTooAndItKeepsItsRule() {
        fixture.given(assigned(), claimed(), UNANSWERED)
                .when(new LiftWarningCommand(TASK_ID, UNANSWERED.warningId(), "已电话回复", null), by(SUPERVISOR))
                .expectEvents(new WarningLiftedEvent(TASK_ID, UNANSWERED.warningId(), WarningLevel.YELLOW,
                        TimeRule.URGING_UNANSWERED, LiftReason.LIFTED_BY_HAND, "已电话回复"));
    }

    @Test
    void liftingAWarningTheTaskNeverHadIsRefused() {
        fixture.given(assigned(), claimed(), MANUAL_RED)
                .when(new LiftWarningCommand(TASK_ID, "warning-2", "误报", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(UNKNOWN_WARNING));
    }

    @Test
    void liftingAWarningAlreadyLiftedIsRefused() {
        fixture.given(assigned(), claimed(), MANUAL_RED, new WarningLiftedEvent(TASK_ID, WARNING_ID, WarningLevel.RED,
                        null, LiftReason.LIFTED_BY_HAND, "已核实"))
                .when(new LiftWarningCommand(TASK_ID, WARNING_ID, "再次解除", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(WARNING_NOT_ACTIVE));
    }

    @Test
    void liftingTheOnlyRedWarningByHandStopsTheEscalationLadder() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, details())),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)),
                        as(SUPERVISOR, new IssueWarningCommand(TASK_ID, WARNING_ID, WarningLevel.RED, "推进严重滞后",
                                null)),
                        as(SUPERVISOR, new LiftWarningCommand(TASK_ID, WARNING_ID, "经现场核查，已按计划推进", null)))
                .whenThenTimeAdvancesTo(NOW.plus(ESCALATE_AFTER.multipliedBy(2)))
                .expectNoEvents()
                .expectNoScheduledDeadlineWithName(NOW, START_OF_OVERDUE, TaskDeadlines.RED_ESCALATION);
    }

    @Test
    void anUrgingNoticeWithAnAnswerDateWaitsUntilThatDayEnds() {
        fixture.given(assigned(), claimed())
                .when(urging(FRIDAY), by(SUPERVISOR))
                .expectEvents(new UrgingNoticeSentEvent(TASK_ID, URGING_ID, "请于本周五前报送进展", FRIDAY))
                .expectScheduledDeadline(startOf(FRIDAY.plusDays(1)), new UrgingDue(URGING_ID, NOW, FRIDAY));
    }

    @Test
    void anUrgingNoticeWithoutAnAnswerDateExpectsNothing() {
        fixture.given(assigned(), claimed())
                .when(urging(null), by(SUPERVISOR))
                .expectNoScheduledDeadlineWithName(NOW, START_OF_OVERDUE, TaskDeadlines.URGING);
    }

    @Test
    void noReportByTheEndOfTheAnswerDateTurnsTheTaskYellow() {
        fixture.givenCommands(claimedAndUrged())
                .whenThenTimeAdvancesTo(startOf(FRIDAY.plusDays(1)))
                .expectEvents(UNANSWERED);
    }

    @Test
    void aReportAtTheLastMinuteOfTheAnswerDateAnswersTheUrging() {
        fixture.givenCommands(claimedAndUrged());
        // 23:59 on Friday 03-03, office time.
        sendAt(fixture, Instant.parse("2023-03-03T15:59:00Z"), report(), LEAD_DEPARTMENT);
        fixture.whenThenTimeAdvancesTo(startOf(FRIDAY.plusDays(1)))
                .expectEvents(reported());
    }

    @Test
    void aReportAfterTheAnswerDateLiftsTheUrgingWarning() {
        fixture.given(assigned(), claimed(), new UrgingNoticeSentEvent(TASK_ID, URGING_ID, "请于本周五前报送进展", FRIDAY),
                        UNANSWERED)
                .when(report(), by(LEAD_DEPARTMENT))
                .expectEvents(reported(), new WarningLiftedEvent(TASK_ID, UNANSWERED.warningId(), WarningLevel.YELLOW,
                        TimeRule.URGING_UNANSWERED, LiftReason.URGING_ANSWERED));
    }

    private static Object[] claimedAndUrged() {
        return new Object[] {as(SUPERVISOR, new AssignTaskCommand(TASK_ID, details())),
                as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)),
                as(SUPERVISOR, urging(FRIDAY))};
    }

    private static SendUrgingNoticeCommand urging(LocalDate respondBy) {
        return new SendUrgingNoticeCommand(TASK_ID, URGING_ID, "请于本周五前报送进展", respondBy, null);
    }

    private static SubmitProgressReportCommand report() {
        return new SubmitProgressReportCommand(TASK_ID, "report-1", 40, "已完成方案初稿", null, null);
    }

    private static ProgressReportedEvent reported() {
        return new ProgressReportedEvent(TASK_ID, "report-1", LEAD, 40, "已完成方案初稿", null);
    }
}
