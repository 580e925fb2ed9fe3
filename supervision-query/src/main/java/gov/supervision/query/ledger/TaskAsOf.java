package gov.supervision.query.ledger;

import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.query.api.ledger.FindTaskAsOfQuery;
import gov.supervision.query.api.ledger.TaskView;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;

/**
 * A task as it stood at an instant: its events up to then, folded into a line held in memory by the ledger's
 * own {@link LedgerFold}, so it equals what the ledger showed right after the last of them, the progress
 * rolled up from its subtasks included. Needs no projection, and so answers the same during a replay.
 */
@Component
class TaskAsOf {

    private final LedgerFold fold = new LedgerFold();
    private final EventStore eventStore;

    TaskAsOf(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    Optional<TaskView> handle(FindTaskAsOfQuery query) {
        return lineAsOf(query.taskId(), query.asOf()).map(TaskEntry::toView);
    }

    // Reading from sequence 0 skips snapshots. Events of a task are appended in time order, so the first one
    // after the instant ends the fold (and the read). Each subtask is folded up to the same instant, its own
    // subtasks first, and rolled up: the ledger had carried every one of their changes up by then.
    private Optional<TaskEntry> lineAsOf(String taskId, Instant asOf) {
        Iterator<? extends DomainEventMessage<?>> events = eventStore.readEvents(taskId, 0L).asStream()
                .takeWhile(event -> !event.getTimestamp().isAfter(asOf))
                .iterator();
        TaskEntry task = null;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            Object payload = event.getPayload();
            if (task == null) {
                if (payload instanceof TaskAssignedEvent assigned) {
                    task = fold.assigned(assigned, event.getTimestamp(), event.getSequenceNumber(), this::categoryOf);
                }
            } else {
                fold.apply(task, payload, event.getTimestamp(), event.getSequenceNumber());
            }
        }
        if (task != null) {
            for (String subtaskId : task.subtaskIds()) {
                TaskEntry parent = task;
                lineAsOf(subtaskId, asOf).ifPresent(subtask -> fold.rollUp(parent, subtask));
            }
        }
        return Optional.ofNullable(task);
    }

    // The ledger takes a subtask's missing category from its parent's line, which got it the same way.
    private Optional<TaskCategory> categoryOf(String taskId) {
        return eventStore.readEvents(taskId, 0L).asStream().findFirst()
                .map(DomainEventMessage::getPayload)
                .filter(TaskAssignedEvent.class::isInstance)
                .map(TaskAssignedEvent.class::cast)
                .map(assigned -> fold.categoryOf(assigned, this::categoryOf));
    }
}
