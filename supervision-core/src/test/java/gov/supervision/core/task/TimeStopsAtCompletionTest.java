package gov.supervision.core.task;

import gov.supervision.core.api.task.AssignTaskCommand;
import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.core.api.task.CloseTaskCommand;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.CompletionSentBackEvent;
import gov.supervision.core.api.task.DecideCompletionCommand;
import gov.supervision.core.api.task.IssueWarningCommand;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.RequestCompletionCommand;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.core.task.TaskDeadlines.RedUnresolved;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static gov.supervision.core.task.DueDateDeadlinesTest.dueSoon;
import static gov.supervision.core.task.DueDateDeadlinesTest.overdue;
import static gov.supervision.core.task.TaskFixtures.*;

/**
 * An approved completion ends time for the task; a completion request made by the due date (the due date itself
 * included) stops the clock while the office verifies it, and a request sent back lets it run on from where it was.
 */
class TimeStopsAtCompletionTest {

    private static final WarningIssuedEvent MANUAL_YELLOW =
            new WarningIssuedEvent(TASK_ID, "warning-1", WarningLevel.YELLOW, "佐证材料不全", null, Map.of());

    private static final TaskDetails PLAIN = timedDetails(DUE, ReportingCadence.NONE, List.of());

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void approvalIsFollowedByLiftingEveryActiveWarningManualOnesToo() {
        fixture.given(assigned(), claimed(), dueSoon(DUE), MANUAL_YELLOW, overdue(DUE), completionRequested())
                .when(new DecideCompletionCommand(TASK_ID, COMPLETION_ID, true, "经核查属实", null), by(SUPERVISOR))
                .expectEvents(completionApproved(),
                        new WarningLiftedEvent(TASK_ID, dueSoon(DUE).warningId(), WarningLevel.YELLOW,
                                TimeRule.DUE_SOON, LiftReason.COMPLETED),
                        new WarningLiftedEvent(TASK_ID, "warning-1", WarningLevel.YELLOW, null, LiftReason.COMPLETED),
                        new WarningLiftedEvent(TASK_ID, overdue(DUE).warningId(), WarningLevel.RED,
                                TimeRule.OVERDUE, LiftReason.COMPLETED));
    }

    @Test
    void approvalCancelsEveryDeadlineOfTheTask() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, details())),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)),
                        as(SUPERVISOR, new IssueWarningCommand(TASK_ID, "warning-1", WarningLevel.RED, "推进严重滞后",
                                null)),
                        as(LEAD_DEPARTMENT, new RequestCompletionCommand(TASK_ID, COMPLETION_ID, "已全部完成",
                                List.of("验收报告.pdf"), null)))
                .when(new DecideCompletionCommand(TASK_ID, COMPLETION_ID, true, "经核查属实", null), by(SUPERVISOR))
                .expectEvents(completionApproved(),
                        new WarningLiftedEvent(TASK_ID, "warning-1", WarningLevel.RED, null, LiftReason.COMPLETED))
                .expectNoScheduledDeadlines();
    }

    @Test
    void sendingCompletionBackKeepsTimeRunning() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, details())),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)),
                        as(LEAD_DEPARTMENT, new RequestCompletionCommand(TASK_ID, COMPLETION_ID, "已全部完成",
                                List.of("验收报告.pdf"), null)))
                .when(new DecideCompletionCommand(TASK_ID, COMPLETION_ID, false, "佐证材料不全", null), by(SUPERVISOR))
                .expectScheduledDeadlineWithName(START_OF_OVERDUE, TaskDeadlines.OVERDUE);
    }

    @Test
    void aCompletionRequestedOnTheDueDateItselfIsInTimeAndNoOverdueFiresWhileItWaits() {
        fixture.givenCommands(assignedAndClaimed());
        // 23:00 on the due date, Friday 06-30, office time.
        sendAt(fixture, Instant.parse("2023-06-30T15:00:00Z"), requestCompletion(), LEAD_DEPARTMENT);
        fixture.whenThenTimeAdvancesTo(START_OF_OVERDUE.plus(ESCALATE_AFTER.multipliedBy(2)))
                .expectEvents(dueSoon(DUE), completionRequested(), dueSoonLifted());
    }

    @Test
    void aCompletionRequestedAfterTheDueDateDoesNotStopTheClock() {
        fixture.givenCurrentTime(START_OF_OVERDUE.plus(Duration.ofHours(9)))
                .andGiven(assigned(), claimed(), overdue(DUE))
                .when(requestCompletion(), by(LEAD_DEPARTMENT))
                .expectEvents(new CompletionRequestedEvent(TASK_ID, COMPLETION_ID, "已全部完成", List.of("验收报告.pdf"),
                        false));
    }

    @Test
    void sentBackAfterTheDueDateATimelyRequestLeavesTheTaskOverdueAtOnce() {
        Instant sentBackAt = Instant.parse("2023-07-03T02:00:00Z");
        fixture.givenCommands(assignedAndClaimed());
        sendAt(fixture, Instant.parse("2023-06-29T02:00:00Z"), requestCompletion(), LEAD_DEPARTMENT);
        sendAt(fixture, sentBackAt, new DecideCompletionCommand(TASK_ID, COMPLETION_ID, false, "佐证材料不全", null),
                SUPERVISOR);
        fixture.whenThenTimeAdvancesTo(sentBackAt.plus(Duration.ofDays(1)))
                .expectEvents(dueSoon(DUE), completionRequested(), dueSoonLifted(),
                        new CompletionSentBackEvent(TASK_ID, COMPLETION_ID, "佐证材料不全"), overdue(DUE))
                .expectScheduledDeadline(sentBackAt.plus(ESCALATE_AFTER), new RedUnresolved(1, sentBackAt, 1,
                        "PT168H"));
    }

    @Test
    void approvedAfterTheDueDateATimelyRequestNeverTurnedTheTaskRed() {
        fixture.givenCommands(assignedAndClaimed());
        sendAt(fixture, Instant.parse("2023-06-29T02:00:00Z"), requestCompletion(), LEAD_DEPARTMENT);
        sendAt(fixture, Instant.parse("2023-07-12T02:00:00Z"),
                new DecideCompletionCommand(TASK_ID, COMPLETION_ID, true, "经核查属实", null), SUPERVISOR);
        fixture.whenThenTimeAdvancesTo(Instant.parse("2023-07-31T02:00:00Z"))
                .expectEvents(dueSoon(DUE), completionRequested(), dueSoonLifted(), completionApproved());
    }

    @Test
    void closureLeavesNoDeadlineOfTheTaskBehind() {
        fixture.givenCommands(completedByCommands(details()))
                .when(new CloseTaskCommand(TASK_ID, "销号", null), by(SUPERVISOR))
                .expectEvents(closed())
                .expectNoScheduledDeadlines();
    }

    private static Object[] assignedAndClaimed() {
        return new Object[] {as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null))};
    }

    private static RequestCompletionCommand requestCompletion() {
        return new RequestCompletionCommand(TASK_ID, COMPLETION_ID, "已全部完成", List.of("验收报告.pdf"), null);
    }

    private static WarningLiftedEvent dueSoonLifted() {
        return new WarningLiftedEvent(TASK_ID, dueSoon(DUE).warningId(), WarningLevel.YELLOW, TimeRule.DUE_SOON,
                LiftReason.COMPLETION_REQUESTED);
    }
}
