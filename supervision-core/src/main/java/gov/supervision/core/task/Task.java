package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.*;
import gov.supervision.core.rules.SupervisionRules;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * One supervised task (督办事项) through the closed loop. Command handlers answer the task's event
 * sequence number after the command, which clients use as the task's version. Time acts on the task
 * through its own {@link TaskDeadlines}; the events their handlers apply carry no actor, because the
 * system itself takes those steps.
 */
@Aggregate
class Task {

    @AggregateIdentifier
    private String taskId;
    private String parentTaskId;
    private TaskCategory category;
    private TaskDepartments departments;
    private TaskStatus status;
    private int percentComplete;
    private LocalDate dueDate;
    private LocalDate originalDueDate;
    private Instant assignedAt;
    private ReportingCadence cadence;
    private int reportsReceived;
    private final ActiveWarnings warnings = new ActiveWarnings();
    private final Milestones milestones = new Milestones();
    private final Set<String> openSubtasks = new HashSet<>();
    private final TaskRequests requests = new TaskRequests();

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
        departments.requireLead(Actor.fromMetaData(metaData));
        requireOpen();
        TaskDetails details = command.details().category() == null
                ? command.details().withCategory(category)
                : command.details();
        if (details.dueDate().isAfter(dueDate)) {
            throw new RuleViolationException(RuleViolation.SUBTASK_DUE_AFTER_PARENT,
                    "The subtask is due " + details.dueDate() + ", after its parent's due date " + dueDate + ".");
        }
        TaskDetailsRules.check(details, calendar.today());
        apply(new SubtaskAddedEvent(taskId, command.subtaskId(), details.dueDate(), command.weight()));
        TaskDeadlines deadlines = new TaskDeadlines(deadlineManager, calendar, rules);
        createNew(Task.class, () -> new Task(command.subtaskId(), taskId, details, departments, deadlines));
        return getVersion();
    }

    @CommandHandler
    Long handle(ClaimTaskCommand command, MetaData metaData, OfficeCalendar calendar, DeadlineManager deadlineManager,
                SupervisionRules rules) {
        Actor actor = Actor.fromMetaData(metaData);
        departments.requireLead(actor);
        requireOpen();
        if (status != TaskStatus.ASSIGNED) {
            throw new RuleViolationException(RuleViolation.TASK_ALREADY_CLAIMED, "The task is already claimed.");
        }
        String department = actor.has(Role.SUPERVISOR) ? null : actor.department();
        apply(new TaskClaimedEvent(taskId, department, command.responsiblePerson()));
        new TaskDeadlines(deadlineManager, calendar, rules).scheduleReport(cadence, calendar.now(), 1, reportsReceived);
        return getVersion();
    }

    @CommandHandler
    Long handle(SubmitProgressReportCommand command, MetaData metaData, OfficeCalendar calendar,
                DeadlineManager deadlineManager, SupervisionRules rules) {
        Actor actor = Actor.fromMetaData(metaData);
        departments.requireParticipant(actor);
        requireOpen();
        requireClaimed();
        if (command.milestone() != null) {
            milestones.requireUnreached(command.milestone());
        }
        apply(new ProgressReportedEvent(taskId, command.reportId(), actor.department(),
                command.percentComplete(), command.summary(), command.milestone()));
        if (command.milestone() != null) {
            lift(LiftReason.MILESTONE_REACHED, active -> active.hasRule(TimeRule.MILESTONE_MISSED)
                    && command.milestone().equals(active.milestone()));
        }
        // Red stays until the task is completed: a report after two missed periods does not undo them.
        lift(LiftReason.REPORT_RECEIVED, active -> active.hasRule(TimeRule.REPORT_MISSED) && !active.isRed());
        TaskDeadlines deadlines = new TaskDeadlines(deadlineManager, calendar, rules);
        deadlines.cancelReport();
        deadlines.scheduleReport(cadence, calendar.now(), 1, reportsReceived);
        return getVersion();
    }

    @CommandHandler
    Long handle(IssueWarningCommand command, OfficeCalendar calendar, DeadlineManager deadlineManager,
                SupervisionRules rules) {
        requireOpen();
        warn(new WarningIssuedEvent(taskId, command.warningId(), command.level(), command.reason(), null, Map.of()),
                calendar.now(), new TaskDeadlines(deadlineManager, calendar, rules));
        return getVersion();
    }

    @CommandHandler
    Long handle(SendUrgingNoticeCommand command) {
        requireOpen();
        apply(new UrgingNoticeSentEvent(taskId, command.urgingId(), command.message(), command.respondBy()));
        return getVersion();
    }

    @CommandHandler
    Long handle(EscalateTaskCommand command, MetaData metaData) {
        departments.requireLead(Actor.fromMetaData(metaData));
        requireOpen();
        EscalationLevel current = requests.escalationLevel();
        if (current == EscalationLevel.CITY_GOVERNMENT) {
            throw new RuleViolationException(RuleViolation.ESCALATION_AT_TOP_LEVEL,
                    "The task is already escalated to the city government, the highest level.");
        }
        EscalationLevel next = EscalationLevel.values()[current.ordinal() + 1];
        apply(new TaskEscalatedEvent(taskId, command.escalationId(), next, command.reason(), null, Map.of()));
        return getVersion();
    }

    @CommandHandler
    Long handle(ResolveEscalationCommand command) {
        EscalationLevel level = requests.requireOpenEscalation(command.escalationId());
        apply(new EscalationResolvedEvent(taskId, command.escalationId(), level, command.decision()));
        return getVersion();
    }

    @CommandHandler
    Long handle(RequestExtensionCommand command, MetaData metaData) {
        departments.requireLead(Actor.fromMetaData(metaData));
        requireOpen();
        if (requests.extensionPending()) {
            throw new RuleViolationException(RuleViolation.EXTENSION_ALREADY_PENDING,
                    "Another extension request of this task awaits its decision.");
        }
        if (!command.requestedDueDate().isAfter(dueDate)) {
            throw new RuleViolationException(RuleViolation.EXTENSION_NOT_LATER,
                    "The requested due date " + command.requestedDueDate() + " is not after the current due date "
                            + dueDate + ".");
        }
        apply(new ExtensionRequestedEvent(taskId, command.requestId(), dueDate, command.requestedDueDate(),
                command.reason()));
        return getVersion();
    }

    @CommandHandler
    Long handle(DecideExtensionCommand command, OfficeCalendar calendar, DeadlineManager deadlineManager,
                SupervisionRules rules) {
        requireNotClosed();
        LocalDate requestedDueDate = requests.requirePendingExtension(command.requestId());
        if (command.approved()) {
            apply(new ExtensionGrantedEvent(taskId, command.requestId(), dueDate, requestedDueDate, originalDueDate,
                    command.comment()));
            lift(LiftReason.EXTENSION_GRANTED, active -> active.hasRule(TimeRule.DUE_SOON, TimeRule.OVERDUE));
            TaskDeadlines deadlines = new TaskDeadlines(deadlineManager, calendar, rules);
            deadlines.cancelDueDate();
            if (!warnings.anyRed()) {
                deadlines.cancelEscalation();
            }
            // A request still pending at completion may be granted for the record; time no longer runs then.
            if (!finished()) {
                deadlines.scheduleDueDate(requestedDueDate);
            }
        } else {
            apply(new ExtensionDeniedEvent(taskId, command.requestId(), command.comment()));
        }
        return getVersion();
    }

    @CommandHandler
    Long handle(RequestCompletionCommand command, MetaData metaData) {
        departments.requireLead(Actor.fromMetaData(metaData));
        requireOpen();
        requireClaimed();
        if (status == TaskStatus.COMPLETION_REQUESTED) {
            throw new RuleViolationException(RuleViolation.COMPLETION_ALREADY_REQUESTED,
                    "Completion of the task was already requested and awaits verification.");
        }
        apply(new CompletionRequestedEvent(taskId, command.requestId(), command.summary(), command.evidence()));
        return getVersion();
    }

    // The approval comes first and the warnings it ends follow it, as the extension's lifts follow the grant.
    @CommandHandler
    Long handle(DecideCompletionCommand command, OfficeCalendar calendar, DeadlineManager deadlineManager,
                SupervisionRules rules) {
        requireNotClosed();
        requests.requirePendingCompletion(command.requestId());
        if (command.approved()) {
            apply(new CompletionApprovedEvent(taskId, command.requestId(), command.comment()));
            lift(LiftReason.COMPLETED, active -> true);
            new TaskDeadlines(deadlineManager, calendar, rules).cancelAll();
        } else {
            apply(new CompletionSentBackEvent(taskId, command.requestId(), command.comment()));
        }
        return getVersion();
    }

    @CommandHandler
    Long handle(CloseTaskCommand command, OfficeCalendar calendar, DeadlineManager deadlineManager,
                SupervisionRules rules) {
        requireNotClosed();
        if (status != TaskStatus.COMPLETED) {
            throw new RuleViolationException(RuleViolation.COMPLETION_NOT_APPROVED,
                    "The task can be struck off only after its completion is approved.");
        }
        if (!openSubtasks.isEmpty()) {
            throw new RuleViolationException(RuleViolation.SUBTASKS_OPEN,
                    "The task still has open subtasks: " + String.join(", ", openSubtasks.stream().sorted().toList())
                            + ".");
        }
        apply(new TaskClosedEvent(taskId, parentTaskId, command.comment()));
        new TaskDeadlines(deadlineManager, calendar, rules).cancelAll();
        return getVersion();
    }

    @CommandHandler
    Long handle(RecordReviewCommand command, MetaData metaData) {
        departments.requireLead(Actor.fromMetaData(metaData));
        if (status != TaskStatus.CLOSED) {
            throw new RuleViolationException(RuleViolation.TASK_NOT_CLOSED,
                    "A review can be recorded only once the task is closed.");
        }
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
        requireNotClosed();
        int firstYear = calendar.yearOf(assignedAt);
        int currentYear = calendar.today().getYear();
        if (command.year() < firstYear || command.year() > currentYear) {
            throw new RuleViolationException(RuleViolation.YEAR_OUT_OF_RANGE,
                    "The year " + command.year() + " is outside " + firstYear + "–" + currentYear
                            + ", the years the task has been open.");
        }
        apply(new YearEndExplanationRecordedEvent(taskId, command.year(), command.explanation()));
        return getVersion();
    }

    // Sent again after a retry or a replay of the policy, so a repeat changes nothing.
    @CommandHandler
    Long handle(RecordSubtaskClosedCommand command) {
        if (openSubtasks.contains(command.subtaskId())) {
            apply(new SubtaskClosedEvent(taskId, command.subtaskId()));
        }
        return getVersion();
    }

    @DeadlineHandler(deadlineName = TaskDeadlines.DUE_SOON)
    void dueDateNear(TaskDeadlines.DueSoon deadline) {
        if (deadline.dueDate().equals(dueDate) && !finished()
                && !warnings.any(TimeRule.DUE_SOON, TimeRule.OVERDUE)) {
            apply(RuleEvents.dueSoon(taskId, deadline));
        }
    }

    @DeadlineHandler(deadlineName = TaskDeadlines.OVERDUE)
    void dueDatePassed(TaskDeadlines.Overdue deadline, OfficeCalendar calendar, DeadlineManager deadlineManager,
                       SupervisionRules rules) {
        if (deadline.dueDate().equals(dueDate) && !finished() && !warnings.any(TimeRule.OVERDUE)) {
            TaskDeadlines deadlines = new TaskDeadlines(deadlineManager, calendar, rules);
            warn(RuleEvents.overdue(taskId, deadline), deadlines.dayAfter(deadline.dueDate()), deadlines);
        }
    }

    @DeadlineHandler(deadlineName = TaskDeadlines.MILESTONE)
    void milestoneDatePassed(TaskDeadlines.MilestonePassed deadline) {
        WarningIssuedEvent warning = RuleEvents.milestoneMissed(taskId, deadline);
        if (milestones.unreached(deadline.milestone()) && !finished() && !warnings.active(warning.warningId())) {
            apply(warning);
        }
    }

    @DeadlineHandler(deadlineName = TaskDeadlines.REPORT_MISSED)
    void reportPeriodPassed(TaskDeadlines.ReportMissed deadline, OfficeCalendar calendar,
                            DeadlineManager deadlineManager, SupervisionRules rules) {
        WarningIssuedEvent warning = RuleEvents.reportMissed(taskId, cadence, deadline);
        if (deadline.reportsReceived() != reportsReceived || finished() || warnings.active(warning.warningId())) {
            return;
        }
        TaskDeadlines deadlines = new TaskDeadlines(deadlineManager, calendar, rules);
        warn(warning, deadlines.reportDue(cadence, deadline.since(), deadline.missedPeriods()), deadlines);
        // After the second miss the task is red and stays so; only a report starts the count again.
        if (deadline.missedPeriods() == 1) {
            deadlines.scheduleReport(cadence, deadline.since(), 2, reportsReceived);
        }
    }

    // Red left unresolved goes up: to the leader in charge, then "由市政府统一协调解决，坚决防止拖延误事".
    @DeadlineHandler(deadlineName = TaskDeadlines.RED_ESCALATION)
    void redUnresolved(TaskDeadlines.RedUnresolved deadline, OfficeCalendar calendar, DeadlineManager deadlineManager,
                       SupervisionRules rules) {
        if (deadline.redSpell() != warnings.redSpell() || !warnings.anyRed() || finished()) {
            return;
        }
        EscalationLevel target = deadline.step() == 1 ? EscalationLevel.LEADER : EscalationLevel.CITY_GOVERNMENT;
        if (target.compareTo(requests.escalationLevel()) > 0) {
            apply(RuleEvents.redUnresolved(taskId, target, deadline));
        }
        if (deadline.step() == 1) {
            new TaskDeadlines(deadlineManager, calendar, rules).scheduleNextStep(deadline);
        }
    }

    /** Issues a warning; turning the task red starts the escalation ladder of that red spell. */
    private void warn(WarningIssuedEvent warning, Instant now, TaskDeadlines deadlines) {
        boolean wasRed = warnings.anyRed();
        apply(warning);
        if (!wasRed && warnings.anyRed()) {
            deadlines.scheduleEscalation(warnings.redSpell(), now);
        }
    }

    private void lift(LiftReason reason, Predicate<ActiveWarnings.Active> which) {
        warnings.lift(taskId, reason, which).forEach(AggregateLifecycle::apply);
    }

    private boolean finished() {
        return status == TaskStatus.COMPLETED || status == TaskStatus.CLOSED;
    }

    private void requireNotClosed() {
        if (status == TaskStatus.CLOSED) {
            throw new RuleViolationException(RuleViolation.TASK_CLOSED, "The task is closed.");
        }
    }

    private void requireOpen() {
        requireNotClosed();
        if (status == TaskStatus.COMPLETED) {
            throw new RuleViolationException(RuleViolation.TASK_COMPLETED, "The task is already completed.");
        }
    }

    private void requireClaimed() {
        if (status == TaskStatus.ASSIGNED) {
            throw new RuleViolationException(RuleViolation.TASK_NOT_CLAIMED, "The task is not claimed yet.");
        }
    }

    // What the task's history amounts to now; the read side keeps its own copy, tests look here.
    TaskStatus status() {
        return status;
    }

    int percentComplete() {
        return percentComplete;
    }

    WarningLevel warningLevel() {
        return warnings.level();
    }

    /** A task is overdue while its OVERDUE warning is active: until completion or an extension. */
    boolean overdue() {
        return warnings.any(TimeRule.OVERDUE);
    }

    EscalationLevel escalationLevel() {
        return requests.escalationLevel();
    }

    LocalDate dueDate() {
        return dueDate;
    }

    LocalDate originalDueDate() {
        return originalDueDate;
    }

    @EventSourcingHandler
    void on(TaskAssignedEvent event, @Timestamp Instant timestamp) {
        taskId = event.taskId();
        parentTaskId = event.parentTaskId();
        category = event.details().category();
        departments = TaskDepartments.of(event);
        status = TaskStatus.ASSIGNED;
        percentComplete = 0;
        dueDate = event.details().dueDate();
        originalDueDate = dueDate;
        assignedAt = timestamp;
        cadence = event.details().reportingCadence();
        milestones.assign(event.details().milestones());
    }

    @EventSourcingHandler
    void on(TaskClaimedEvent event) {
        status = TaskStatus.CLAIMED;
    }

    @EventSourcingHandler
    void on(ProgressReportedEvent event) {
        if (status == TaskStatus.CLAIMED) {
            status = TaskStatus.IN_PROGRESS;
        }
        percentComplete = event.percentComplete();
        reportsReceived++;
        if (event.milestone() != null) {
            milestones.reach(event.milestone());
        }
    }

    @EventSourcingHandler
    void on(WarningIssuedEvent event) {
        warnings.issued(event);
    }

    @EventSourcingHandler
    void on(WarningLiftedEvent event) {
        warnings.lifted(event.warningId());
    }

    @EventSourcingHandler
    void on(TaskEscalatedEvent event) {
        requests.escalated(event.escalationId(), event.level());
    }

    @EventSourcingHandler
    void on(EscalationResolvedEvent event) {
        requests.escalationResolved(event.escalationId());
    }

    @EventSourcingHandler
    void on(ExtensionRequestedEvent event) {
        requests.extensionRequested(event.requestId(), event.requestedDueDate());
    }

    @EventSourcingHandler
    void on(ExtensionGrantedEvent event) {
        requests.extensionDecided(event.requestId());
        dueDate = event.newDueDate();
    }

    @EventSourcingHandler
    void on(ExtensionDeniedEvent event) {
        requests.extensionDecided(event.requestId());
    }

    @EventSourcingHandler
    void on(CompletionRequestedEvent event) {
        requests.completionRequested(event.requestId());
        status = TaskStatus.COMPLETION_REQUESTED;
    }

    @EventSourcingHandler
    void on(CompletionApprovedEvent event) {
        requests.completionDecided(event.requestId());
        status = TaskStatus.COMPLETED;
        percentComplete = 100;
    }

    @EventSourcingHandler
    void on(CompletionSentBackEvent event) {
        requests.completionDecided(event.requestId());
        status = TaskStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(TaskClosedEvent event) {
        status = TaskStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(SubtaskAddedEvent event) {
        openSubtasks.add(event.subtaskId());
    }

    @EventSourcingHandler
    void on(SubtaskClosedEvent event) {
        openSubtasks.remove(event.subtaskId());
    }
}
