package gov.supervision.core.task;

import gov.supervision.core.api.task.AssignTaskCommand;
import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.core.api.task.DecideExtensionCommand;
import gov.supervision.core.api.task.DecomposeTaskCommand;
import gov.supervision.core.api.task.ExtensionGrantedEvent;
import gov.supervision.core.api.task.ExtensionRequestedEvent;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.Milestone;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.RequestExtensionCommand;
import gov.supervision.core.api.task.SubmitProgressReportCommand;
import gov.supervision.core.api.task.SubtaskAddedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.core.task.TaskDeadlines.DueSoon;
import gov.supervision.core.task.TaskDeadlines.MilestonePassed;
import gov.supervision.core.task.TaskDeadlines.Overdue;
import gov.supervision.core.task.TaskDeadlines.RedUnresolved;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gov.supervision.core.task.TaskFixtures.*;

class DueDateDeadlinesTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2023, 9, 28);
    private static final TaskDetails PLAIN = timedDetails(DUE, ReportingCadence.NONE, List.of());

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void assignmentSchedulesDueSoonOverdueAndEachMilestoneAtTheStartOfTheOfficeDay() {
        fixture.givenNoPriorActivity()
                .when(new AssignTaskCommand(TASK_ID, details()), by(SUPERVISOR))
                .expectScheduledDeadline(START_OF_DUE_SOON, new DueSoon(DUE, "P3D"))
                .expectScheduledDeadline(START_OF_OVERDUE, new Overdue(DUE))
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 4, 15)),
                        new MilestonePassed(PLAN, LocalDate.of(2023, 4, 14)))
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 6, 16)),
                        new MilestonePassed(ROLLOUT, LocalDate.of(2023, 6, 15)));
    }

    @Test
    void taskDueWithinThreeDaysTurnsYellowAsSoonAsItIsAssigned() {
        LocalDate inTwoDays = TODAY.plusDays(2);
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID,
                        timedDetails(inTwoDays, ReportingCadence.NONE, List.of()))))
                .whenThenTimeElapses(Duration.ofSeconds(1))
                .expectEvents(dueSoon(inTwoDays));
    }

    @Test
    void taskIsNotYetYellowOnTheLastEveningBeforeTheWarningDay() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)))
                .whenThenTimeAdvancesTo(START_OF_DUE_SOON.minusSeconds(1))
                .expectNoEvents()
                .expectScheduledDeadline(START_OF_DUE_SOON, new DueSoon(DUE, "P3D"));
    }

    @Test
    void taskTurnsYellowThreeDaysBeforeItsDueDate() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)))
                .whenThenTimeAdvancesTo(START_OF_DUE_SOON)
                .expectEvents(dueSoon(DUE))
                .expectScheduledDeadline(START_OF_OVERDUE, new Overdue(DUE));
    }

    @Test
    void taskIsNotOverdueOnItsDueDateUntilTheDayEndsInTheOfficeZone() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)))
                .whenThenTimeAdvancesTo(START_OF_OVERDUE.minusSeconds(1))
                .expectEvents(dueSoon(DUE))
                .expectScheduledDeadline(START_OF_OVERDUE, new Overdue(DUE));
    }

    @Test
    void taskTurnsRedAndOverdueTheDayAfterItsDueDate() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)))
                .whenThenTimeAdvancesTo(START_OF_OVERDUE)
                .expectEvents(dueSoon(DUE), overdue(DUE));
    }

    @Test
    void completedTaskDoesNotTurnYellowOrRed() {
        fixture.givenCommands(completedByCommands(PLAIN))
                .whenThenTimeAdvancesTo(START_OF_OVERDUE.plus(Duration.ofDays(30)))
                .expectNoEvents();
    }

    @Test
    void aProgressReportDoesNotLiftARedWarning() {
        fixture.given(assigned(), claimed(), dueSoon(DUE), overdue(DUE))
                .when(new SubmitProgressReportCommand(TASK_ID, "report-1", 95, "已基本完成", null, null),
                        by(LEAD_DEPARTMENT))
                .expectEvents(new ProgressReportedEvent(TASK_ID, "report-1", LEAD, 95,
                        "已基本完成", null));
    }

    @Test
    void grantingAnExtensionLiftsTheDueDateWarningsButNotAManualRedOne() {
        WarningIssuedEvent manualRed = new WarningIssuedEvent(TASK_ID, "warning-1", WarningLevel.RED, "推进不力", null,
                Map.of());
        fixture.given(assigned(), dueSoon(DUE), overdue(DUE), manualRed,
                        new ExtensionRequestedEvent(TASK_ID, EXTENSION_ID, DUE, SEPTEMBER, "受汛期影响"))
                .when(new DecideExtensionCommand(TASK_ID, EXTENSION_ID, true, "同意延期", null), by(SUPERVISOR))
                .expectEvents(new ExtensionGrantedEvent(TASK_ID, EXTENSION_ID, DUE, SEPTEMBER, DUE, "同意延期"),
                        new WarningLiftedEvent(TASK_ID, dueSoon(DUE).warningId(), WarningLevel.YELLOW,
                                TimeRule.DUE_SOON, LiftReason.EXTENSION_GRANTED),
                        new WarningLiftedEvent(TASK_ID, overdue(DUE).warningId(), WarningLevel.RED,
                                TimeRule.OVERDUE, LiftReason.EXTENSION_GRANTED));
    }

    @Test
    void grantingAnExtensionReschedulesTheDueDateDeadlines() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)),
                        as(LEAD_DEPARTMENT, new RequestExtensionCommand(TASK_ID, EXTENSION_ID, SEPTEMBER, "受汛期影响",
                                null)))
                .when(new DecideExtensionCommand(TASK_ID, EXTENSION_ID, true, "同意延期", null), by(SUPERVISOR))
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 9, 25)), new DueSoon(SEPTEMBER, "P3D"))
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 9, 29)), new Overdue(SEPTEMBER))
                .expectNoScheduledDeadline(START_OF_OVERDUE, new Overdue(DUE))
                .expectNoScheduledDeadline(START_OF_DUE_SOON, new DueSoon(DUE, "P3D"));
    }

    @Test
    void afterAnExtensionTheOldDueDatePassesQuietlyAndTheNewOneTurnsTheTaskRed() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)),
                        as(LEAD_DEPARTMENT, new RequestExtensionCommand(TASK_ID, EXTENSION_ID, SEPTEMBER, "受汛期影响",
                                null)),
                        as(SUPERVISOR, new DecideExtensionCommand(TASK_ID, EXTENSION_ID, true, "同意延期", null)))
                .whenThenTimeAdvancesTo(startOf(LocalDate.of(2023, 9, 29)))
                .expectTriggeredDeadlinesOfType(DueSoon.class, Overdue.class)
                .expectEvents(dueSoon(SEPTEMBER), overdue(SEPTEMBER));
    }

    @Test
    void aSubtaskGetsItsOwnDueDateDeadlines() {
        LocalDate subtaskDue = LocalDate.of(2023, 5, 31);
        TaskDetails subtask = subtaskDetails(subtaskDue);
        fixture.given(assigned())
                .when(new DecomposeTaskCommand(TASK_ID, SUBTASK_ID, subtask, null), by(LEAD_DEPARTMENT))
                .expectEvents(new SubtaskAddedEvent(TASK_ID, SUBTASK_ID, subtaskDue),
                        new TaskAssignedEvent(SUBTASK_ID, TASK_ID, subtask.withCategory(TaskCategory.MAJOR_PRIORITY),
                                Set.of(LEAD), Set.of(LEAD, CO), Set.of(LEADER_NAME)))
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 5, 28)), new DueSoon(subtaskDue, "P3D"))
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 6, 1)), new Overdue(subtaskDue));
    }

    @Test
    void milestonesWithoutADateScheduleNothing() {
        TaskDetails undated = timedDetails(DUE, ReportingCadence.NONE, List.of(new Milestone(PLAN, null)));
        fixture.givenNoPriorActivity()
                .when(new AssignTaskCommand(TASK_ID, undated), by(SUPERVISOR))
                .expectNoScheduledDeadlineOfType(NOW, START_OF_OVERDUE, MilestonePassed.class);
    }

    @Test
    void redFromTheDueDateStartsTheEscalationLadder() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)))
                .whenThenTimeAdvancesTo(START_OF_OVERDUE)
                .expectScheduledDeadline(START_OF_OVERDUE.plus(ESCALATE_AFTER),
                        new RedUnresolved(1, START_OF_OVERDUE, 1, "PT168H"));
    }

    static WarningIssuedEvent dueSoon(LocalDate due) {
        return new WarningIssuedEvent(TASK_ID, automaticId(TASK_ID, TimeRule.DUE_SOON, due), WarningLevel.YELLOW,
                "临近办结时限（" + due + "）", TimeRule.DUE_SOON,
                Map.of("yellowBefore", "P3D", "dueDate", due.toString()));
    }

    static WarningIssuedEvent overdue(LocalDate due) {
        return new WarningIssuedEvent(TASK_ID, automaticId(TASK_ID, TimeRule.OVERDUE, due), WarningLevel.RED,
                "已超过办结时限（" + due + "）未办结", TimeRule.OVERDUE, Map.of("dueDate", due.toString()));
    }
}
