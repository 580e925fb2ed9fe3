package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.*;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One supervised task (督办事项) through the closed loop. The task itself is assigned, decomposed, urged, closed and
 * reviewed; its members handle the rest, each with the state it needs. A handler asks the rules it is bound by, then
 * applies. Command handlers answer the task's event sequence number after the command, which clients use as the
 * task's version. Time acts on the task through its {@link TaskDeadlines}, handled by the member whose rule they
 * carry; the events their handlers apply carry no actor, because the system itself takes those steps.
 */
@Aggregate(cache = "taskCache")
class Task {

    @AggregateIdentifier
    private String taskId;
    private String parentTaskId;
    private TaskCategory category;

    // Axon forwards commands, deadlines and events to these members. They share the lifecycle, to check a
    // command as the task would, and the warnings, so that whichever of them turns the task red starts the
    // ladder; each changes only its own state, in its own event-sourcing handlers.
    @AggregateMember
    private final TaskLifecycle lifecycle = new TaskLifecycle();
    @AggregateMember
    private final ActiveWarnings warnings = new ActiveWarnings(lifecycle);
    @AggregateMember
    private final DueDate dueDate = new DueDate(lifecycle, warnings);
    @AggregateMember
    private final ProgressReports reports = new ProgressReports(lifecycle, warnings);
    @AggregateMember
    private final Escalations escalations = new Escalations(lifecycle, warnings);
    @AggregateMember
    private final SubtaskClosure subtasks = new SubtaskClosure(lifecycle);
    @AggregateMember
    private final Assignment assignment = new Assignment(lifecycle, warnings, reports, escalations, subtasks);
    @AggregateMember
    private final Urgings urgings = new Urgings(lifecycle, warnings, reports);
    @AggregateMember
    private final Completion completion = new Completion(lifecycle, warnings, dueDate);
    @AggregateMember
    private final YearEndExplanation yearEndExplanation = new YearEndExplanation(lifecycle);
    @AggregateMember
    private final Receipts receipts = new Receipts();

    Task() {
        // rebuilt from its events by Axon
    }

    @CommandHandler
    Task(AssignTaskCommand command, OfficeCalendar calendar, TaskDeadlines deadlines) {
        TaskDetails details = WorkingDueDates.onWorkingDays(command.details(), calendar.workingDays());
        TaskDetailsRules.check(details, calendar.today());
        apply(new TaskAssignedEvent(command.taskId(), null, details, Set.of(), Set.of()));
        deadlines.scheduleAssigned(details, TaskLifecycle.FIRST_ROUND);
    }

    private Task(String subtaskId, String parentTaskId, TaskDetails details, DepartmentAccess parentAccess,
                 LeaderAccess parentLeaders, TaskDeadlines deadlines) {
        apply(new TaskAssignedEvent(subtaskId, parentTaskId, details, parentAccess.leadsOfSubtask(),
                parentAccess.departmentsOfSubtask(), parentLeaders.leadersOfSubtask()));
        deadlines.scheduleAssigned(details, TaskLifecycle.FIRST_ROUND);
    }

    // A problem's id is derived from its source: registering it again fails on the event store's uniqueness
    // of (task, sequence), even when two registrations race, and the API answers with the existing task.
    @CommandHandler
    Task(RegisterProblemCommand command, OfficeCalendar calendar, ProblemDueDates dueDates, TaskDeadlines deadlines) {
        open(command.taskId(), TaskIntake.problem(command, calendar, dueDates), deadlines);
    }

    // Sent by the inspection policy, again after a retry: a finding opens its rectification once.
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(OpenRectificationCommand command, OfficeCalendar calendar, ProblemDueDates dueDates,
                TaskDeadlines deadlines) {
        if (taskId == null) {
            open(command.taskId(), TaskIntake.rectification(command, calendar, dueDates), deadlines);
        }
        return getVersion();
    }

    private void open(String newTaskId, TaskIntake.Opened intake, TaskDeadlines deadlines) {
        apply(new TaskAssignedEvent(newTaskId, null, intake.details(), Set.of(), Set.of()));
        apply(intake.origin());
        deadlines.scheduleAssigned(intake.details(), TaskLifecycle.FIRST_ROUND);
    }

    @CommandHandler
    Long handle(DecomposeTaskCommand command, Actor actor, OfficeCalendar calendar, TaskDeadlines deadlines)
            throws Exception {
        lifecycle.requireLead(actor);
        lifecycle.requireOpen();
        TaskDetails details = WorkingDueDates.onWorkingDays(command.details().category() == null
                ? command.details().withCategory(category)
                : command.details(), calendar.workingDays());
        dueDate.requireSubtaskDueInTime(details.dueDate());
        TaskDetailsRules.check(details, calendar.today());
        apply(new SubtaskAddedEvent(taskId, command.subtaskId(), details.dueDate(), command.weight()));
        DepartmentAccess access = lifecycle.access();
        LeaderAccess leaders = lifecycle.leaders();
        createNew(Task.class, () -> new Task(command.subtaskId(), taskId, details, access, leaders, deadlines));
        return getVersion();
    }

    @CommandHandler
    Long handle(CloseTaskCommand command, TaskDeadlines deadlines) {
        StrikeOff.requireAllowed(lifecycle, subtasks);
        apply(new TaskClosedEvent(taskId, parentTaskId, command.comment()));
        escalations.withdrawOpen(WithdrawalReason.TASK_CLOSED);
        deadlines.cancelAll();
        return getVersion();
    }

    @CommandHandler
    Long handle(RecordReviewCommand command, Actor actor) {
        lifecycle.requireLead(actor);
        lifecycle.requireClosed();
        apply(new ReviewRecordedEvent(taskId, command.reviewId(), command.lessons()));
        return getVersion();
    }

    @CommandHandler
    Long handle(RecordAccountabilityCommand command) {
        command.type().refusalToExcuse(command.exempts()).ifPresent(refusal -> {
            throw new RuleViolationException(RuleViolation.EXEMPTS_INVALID, refusal);
        });
        apply(new AccountabilityRecordedEvent(taskId, command.recordId(), command.type(), command.subject(),
                command.reason(), command.subjectDepartment(), command.subjectDepartmentCode(),
                List.copyOf(new LinkedHashSet<>(command.exempts()))));
        return getVersion();
    }

    @EventSourcingHandler
    void on(TaskAssignedEvent event) {
        taskId = event.taskId();
        parentTaskId = event.parentTaskId();
        category = event.details().category();
    }
}
