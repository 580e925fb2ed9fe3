package gov.supervision.core.task;

import gov.supervision.core.api.task.AssignTaskCommand;
import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.core.api.task.CloseTaskCommand;
import gov.supervision.core.api.task.DecideCompletionCommand;
import gov.supervision.core.api.task.IssueWarningCommand;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.RequestCompletionCommand;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.api.task.WarningLiftedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static gov.supervision.core.task.DueDateDeadlinesTest.dueSoon;
import static gov.supervision.core.task.DueDateDeadlinesTest.overdue;
import static gov.supervision.core.task.TaskFixtures.*;

class TimeStopsAtCompletionTest {

    private static final WarningIssuedEvent MANUAL_YELLOW =
            new WarningIssuedEvent(TASK_ID, "warning-1", WarningLevel.YELLOW, "佐证材料不全", null, Map.of());

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
    void closureLeavesNoDeadlineOfTheTaskBehind() {
        fixture.givenCommands(completedByCommands(details()))
                .when(new CloseTaskCommand(TASK_ID, "销号", null), by(SUPERVISOR))
                .expectEvents(closed())
                .expectNoScheduledDeadlines();
    }
}
