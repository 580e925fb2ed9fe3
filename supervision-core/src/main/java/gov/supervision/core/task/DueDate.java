package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.DecideExtensionCommand;
import gov.supervision.core.api.task.ExtensionDeniedEvent;
import gov.supervision.core.api.task.ExtensionGrantedEvent;
import gov.supervision.core.api.task.ExtensionRequestedEvent;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.RequestExtensionCommand;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * When a task is due (办结时限): the date in force and how an extension moves it; its deadlines raise the
 * {@link DueDateWarnings} as it nears and passes. The original date is recorded with every grant, for assessment.
 */
final class DueDate {

    private final TaskLifecycle lifecycle;
    private final ActiveWarnings warnings;
    private final PendingRequests<LocalDate> extensions = new PendingRequests<>("extension request");
    private LocalDate current;
    private LocalDate original;

    DueDate(TaskLifecycle lifecycle, ActiveWarnings warnings) {
        this.lifecycle = lifecycle;
        this.warnings = warnings;
    }

    LocalDate current() {
        return current;
    }

    void requireSubtaskDueInTime(LocalDate subtaskDueDate) {
        if (subtaskDueDate.isAfter(current)) {
            throw new RuleViolationException(RuleViolation.SUBTASK_DUE_AFTER_PARENT,
                    "The subtask is due " + subtaskDueDate + ", after its parent's due date " + current + ".");
        }
    }

    @CommandHandler
    Long handle(RequestExtensionCommand command, Actor actor, OfficeCalendar calendar) {
        lifecycle.requireLead(actor);
        lifecycle.requireOpen();
        if (extensions.anyPending()) {
            throw new RuleViolationException(RuleViolation.EXTENSION_ALREADY_PENDING,
                    "Another extension request of this task awaits its decision.");
        }
        // A requested date on a day off moves to the next working day, as every due date does.
        LocalDate requested = calendar.workingDays().onOrAfter(command.requestedDueDate());
        if (!requested.isAfter(current)) {
            throw new RuleViolationException(RuleViolation.EXTENSION_NOT_LATER,
                    "The requested due date " + command.requestedDueDate() + " is not after the current due date "
                            + current + ".");
        }
        apply(new ExtensionRequestedEvent(lifecycle.taskId(), command.requestId(), current, requested,
                command.reason()));
        return getVersion();
    }

    @CommandHandler
    Long handle(DecideExtensionCommand command, TaskDeadlines deadlines) {
        lifecycle.requireNotClosed();
        LocalDate requestedDueDate = extensions.requireUndecided(command.requestId());
        if (command.approved()) {
            apply(new ExtensionGrantedEvent(lifecycle.taskId(), command.requestId(), current, requestedDueDate,
                    original, command.comment()));
            extendTo(requestedDueDate, deadlines);
        } else {
            apply(new ExtensionDeniedEvent(lifecycle.taskId(), command.requestId(), command.comment()));
        }
        return getVersion();
    }

    /** An extension ends the warnings of the old date; the ladder stops too unless another warning is red. */
    private void extendTo(LocalDate dueDate, TaskDeadlines deadlines) {
        warnings.lift(LiftReason.EXTENSION_GRANTED, DueDateWarnings::ofTheDueDate);
        deadlines.cancelDueDate();
        if (!warnings.anyRed()) {
            deadlines.cancelEscalation();
        }
        // A request still pending at completion may be granted for the record; time no longer runs then.
        if (!lifecycle.finished()) {
            deadlines.scheduleDueDate(dueDate);
        }
    }

    /** The clock runs on after a completion request is sent back: overdue at once if the due date has passed. */
    void overdueIfPassed(OfficeCalendar calendar, TaskDeadlines deadlines) {
        TaskDeadlines.Overdue overdue = new TaskDeadlines.Overdue(current);
        if (calendar.today().isAfter(current)
                && DueDateWarnings.overdueApplies(overdue, current, lifecycle, warnings)) {
            warnings.issue(DueDateWarnings.overdueWarning(lifecycle.taskId(), overdue), calendar.now(), deadlines);
        }
    }

    // While a completion request made in time waits, the due date neither nears nor passes for the department.
    @DeadlineHandler(deadlineName = TaskDeadlines.DUE_SOON)
    void dueDateNear(TaskDeadlines.DueSoon deadline) {
        if (!lifecycle.clockStopped() && DueDateWarnings.dueSoonApplies(deadline, current, lifecycle, warnings)) {
            apply(DueDateWarnings.dueSoonWarning(lifecycle.taskId(), deadline));
        }
    }

    @DeadlineHandler(deadlineName = TaskDeadlines.OVERDUE)
    void dueDatePassed(TaskDeadlines.Overdue deadline, TaskDeadlines deadlines) {
        if (!lifecycle.clockStopped() && DueDateWarnings.overdueApplies(deadline, current, lifecycle, warnings)) {
            warnings.issue(DueDateWarnings.overdueWarning(lifecycle.taskId(), deadline),
                    deadlines.dayAfter(deadline.dueDate()), deadlines);
        }
    }

    @EventSourcingHandler
    void on(TaskAssignedEvent event) {
        current = event.details().dueDate();
        original = current;
    }

    @EventSourcingHandler
    void on(ExtensionRequestedEvent event) {
        extensions.made(event.requestId(), event.requestedDueDate());
    }

    @EventSourcingHandler
    void on(ExtensionGrantedEvent event) {
        extensions.decided(event.requestId());
        current = event.newDueDate();
    }

    @EventSourcingHandler
    void on(ExtensionDeniedEvent event) {
        extensions.decided(event.requestId());
    }
}
