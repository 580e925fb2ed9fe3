package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.CompletionSentBackEvent;
import gov.supervision.core.api.task.DecideCompletionCommand;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.RequestCompletionCommand;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * 办结: the lead department requests completion, the supervisor verifies it and approves or sends it back.
 * An approved completion ends every warning and stops time acting on the task. A request made by the due date stops
 * the clock while it waits: the department is not overdue while the office verifies. Sent back, the clock runs on
 * from the request's date, so a task whose due date has passed meanwhile is overdue at once.
 */
final class Completion {

    private final TaskLifecycle lifecycle;
    private final ActiveWarnings warnings;
    private final DueDate dueDate;
    private final PendingRequests<Void> requests = new PendingRequests<>("completion request");

    Completion(TaskLifecycle lifecycle, ActiveWarnings warnings, DueDate dueDate) {
        this.lifecycle = lifecycle;
        this.warnings = warnings;
        this.dueDate = dueDate;
    }

    @CommandHandler
    Long handle(RequestCompletionCommand command, Actor actor, OfficeCalendar calendar) {
        lifecycle.requireLead(actor);
        lifecycle.requireOpen();
        lifecycle.requireClaimed();
        lifecycle.requireNoCompletionRequested();
        boolean inTime = !calendar.today().isAfter(dueDate.current());
        apply(new CompletionRequestedEvent(lifecycle.taskId(), command.requestId(), command.summary(),
                command.evidence(), inTime));
        warnings.lift(LiftReason.COMPLETION_REQUESTED, active -> active.hasRule(TimeRule.DUE_SOON));
        return getVersion();
    }

    // The approval comes first and the warnings it ends follow it, as the extension's lifts follow the grant.
    @CommandHandler
    Long handle(DecideCompletionCommand command, OfficeCalendar calendar, TaskDeadlines deadlines) {
        lifecycle.requireNotClosed();
        requests.requireUndecided(command.requestId());
        if (command.approved()) {
            apply(new CompletionApprovedEvent(lifecycle.taskId(), command.requestId(), command.comment()));
            warnings.lift(LiftReason.COMPLETED, active -> true);
            deadlines.cancelAll();
        } else {
            boolean clockWasStopped = lifecycle.clockStopped();
            apply(new CompletionSentBackEvent(lifecycle.taskId(), command.requestId(), command.comment()));
            if (clockWasStopped) {
                dueDate.overdueIfPassed(calendar, deadlines);
            }
        }
        return getVersion();
    }

    @EventSourcingHandler
    void on(CompletionRequestedEvent event) {
        requests.made(event.requestId());
    }

    @EventSourcingHandler
    void on(CompletionApprovedEvent event) {
        requests.decided(event.requestId());
    }

    @EventSourcingHandler
    void on(CompletionSentBackEvent event) {
        requests.decided(event.requestId());
    }
}
