package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.task.*;
import gov.supervision.core.rules.SupervisionRules;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One supervised task (督办事项) through the closed loop. Command handlers answer the task's event
 * sequence number after the command, which clients use as the task's version. The task itself is assigned,
 * decomposed, claimed, closed and reviewed; its members handle the rest, each with the state it needs.
 * Time acts on the task through its own {@link TaskDeadlines}, handled by the member whose rule they carry;
 * the events their handlers apply carry no actor, because the system itself takes those steps.
 */
@Aggregate
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
    private final ActiveWarnings warnings = new ActiveWarnings();
    @AggregateMember
    private final DueDate dueDate = new DueDate(lifecycle, warnings);
    @AggregateMember
    private final ProgressReports reports = new ProgressReports(lifecycle, warnings);
    @AggregateMember
    private final Escalations escalations = new Escalations(lifecycle, warnings);
    @AggregateMember
    private final Completion completion = new Completion(lifecycle, warnings);
    @AggregateMember
    private final Subtasks subtasks = new Subtasks(lifecycle);

    Task() {
        // rebuilt from its events by Axon
    }

    @CommandHandler
    Task(AssignTaskCommand command, OfficeCalendar calendar, DeadlineManager deadlineManager, SupervisionRules rules) {
        TaskDetailsRules.check(command.details(), calendar.today());
        apply(new TaskAssignedEvent(command.taskId(), null, command.details(), Set.of(), Set.of()));
        new TaskDeadlines(deadlineManager, calendar, rules).scheduleAssigned(command.details());
    }

    private Task(String subtaskId, String parentTaskId, TaskDetails details, TaskDepartments parentDepartments,
                 TaskDeadlines deadlines) {
        apply(new TaskAssignedEvent(subtaskId, parentTaskId, details,
                parentDepartments.leadsOfSubtask(), parentDepartments.departmentsOfSubtask()));
        deadlines.scheduleAssigned(details);
    }

    // A problem's id is derived from its source: registering it again fails on the event store's uniqueness
    // of (task, sequence), even when two registrations race, and the API answers with the existing task.
    @CommandHandler
    Task(RegisterProblemCommand command, OfficeCalendar calendar, DeadlineManager deadlineManager,
         SupervisionRules rules) {
        LocalDate today = calendar.today();
        int days = TaskIntake.daysToSolve(command.complexity(), rules);
        open(command.taskId(), TaskIntake.problem(command, today.plusDays(days)),
                new ProblemRegisteredEvent(command.taskId(), command.source(), command.complexity(), today, days),
                new TaskDeadlines(deadlineManager, calendar, rules));
    }

    // Sent by the inspection policy, again after a retry: a finding opens its rectification once.
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(OpenRectificationCommand command, OfficeCalendar calendar, DeadlineManager deadlineManager,
                SupervisionRules rules) {
        if (taskId == null) {
            LocalDate today = calendar.today();
            int days = TaskIntake.daysToSolve(command.complexity(), rules);
            open(command.taskId(), TaskIntake.rectification(command, today.plusDays(days)),
                    new RectificationOpenedEvent(command.taskId(), command.inspectionId(), command.relatedTaskId(),
                            command.complexity(), today, days),
                    new TaskDeadlines(deadlineManager, calendar, rules));
        }
        return getVersion();
    }

    /** A task not assigned by hand: assigned to its department, then marked with where it came from. */
    private void open(String newTaskId, TaskDetails details, Object origin, TaskDeadlines deadlines) {
        apply(new TaskAssignedEvent(newTaskId, null, details, Set.of(), Set.of()));
        apply(origin);
        deadlines.scheduleAssigned(details);
    }

    @CommandHandler
    Long handle(DecomposeTaskCommand command, MetaData metaData, OfficeCalendar calendar,
                DeadlineManager deadlineManager, SupervisionRules rules) throws Exception {
        lifecycle.requireLead(Actor.fromMetaData(metaData));
        lifecycle.requireOpen();
        TaskDetails details = command.details().category() == null
                ? command.details().withCategory(category)
                : command.details();
        dueDate.requireSubtaskDueInTime(details.dueDate());
        TaskDetailsRules.check(details, calendar.today());
        apply(new SubtaskAddedEvent(taskId, command.subtaskId(), details.dueDate(), command.weight()));
        TaskDeadlines deadlines = new TaskDeadlines(deadlineManager, calendar, rules);
        TaskDepartments departments = lifecycle.departments();
        createNew(Task.class, () -> new Task(command.subtaskId(), taskId, details, departments, deadlines));
        return getVersion();
    }

    @CommandHandler
    Long handle(ClaimTaskCommand command, MetaData metaData, OfficeCalendar calendar, DeadlineManager deadlineManager,
                SupervisionRules rules) {
        Actor actor = Actor.fromMetaData(metaData);
        lifecycle.requireLead(actor);
        lifecycle.requireOpen();
        lifecycle.requireUnclaimed();
        String department = actor.has(Role.SUPERVISOR) ? null : actor.department();
        apply(new TaskClaimedEvent(taskId, department, command.responsiblePerson()));
        reports.start(calendar.now(), new TaskDeadlines(deadlineManager, calendar, rules));
        return getVersion();
    }

    @CommandHandler
    Long handle(IssueWarningCommand command, OfficeCalendar calendar, DeadlineManager deadlineManager,
                SupervisionRules rules) {
        lifecycle.requireOpen();
        warnings.issue(new WarningIssuedEvent(taskId, command.warningId(), command.level(), command.reason(), null,
                Map.of()), calendar.now(), new TaskDeadlines(deadlineManager, calendar, rules));
        return getVersion();
    }

    @CommandHandler
    Long handle(SendUrgingNoticeCommand command) {
        lifecycle.requireOpen();
        apply(new UrgingNoticeSentEvent(taskId, command.urgingId(), command.message(), command.respondBy()));
        return getVersion();
    }

    @CommandHandler
    Long handle(CloseTaskCommand command, OfficeCalendar calendar, DeadlineManager deadlineManager,
                SupervisionRules rules) {
        lifecycle.requireNotClosed();
        lifecycle.requireCompleted();
        subtasks.requireAllClosed();
        apply(new TaskClosedEvent(taskId, parentTaskId, command.comment()));
        new TaskDeadlines(deadlineManager, calendar, rules).cancelAll();
        return getVersion();
    }

    @CommandHandler
    Long handle(RecordReviewCommand command, MetaData metaData) {
        lifecycle.requireLead(Actor.fromMetaData(metaData));
        lifecycle.requireClosed();
        apply(new ReviewRecordedEvent(taskId, command.reviewId(), command.lessons()));
        return getVersion();
    }

    @CommandHandler
    Long handle(RecordAccountabilityCommand command) {
        apply(new AccountabilityRecordedEvent(taskId, command.recordId(), command.type(), command.subject(),
                command.reason()));
        return getVersion();
    }

    @CommandHandler
    Long handle(RecordYearEndExplanationCommand command, OfficeCalendar calendar) {
        lifecycle.requireNotClosed();
        lifecycle.requireOpenIn(command.year(), calendar);
        apply(new YearEndExplanationRecordedEvent(taskId, command.year(), command.explanation()));
        return getVersion();
    }

    // What the task's history amounts to now; the read side keeps its own copy, tests look here.
    TaskStatus status() {
        return lifecycle.status();
    }

    int percentComplete() {
        return lifecycle.percentComplete();
    }

    WarningLevel warningLevel() {
        return warnings.level();
    }

    /** A task is overdue while its OVERDUE warning is active: until completion or an extension. */
    boolean overdue() {
        return warnings.any(TimeRule.OVERDUE);
    }

    EscalationLevel escalationLevel() {
        return escalations.level();
    }

    LocalDate dueDate() {
        return dueDate.current();
    }

    LocalDate originalDueDate() {
        return dueDate.original();
    }

    @EventSourcingHandler
    void on(TaskAssignedEvent event) {
        taskId = event.taskId();
        parentTaskId = event.parentTaskId();
        category = event.details().category();
    }
}
