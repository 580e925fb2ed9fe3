package gov.supervision.query.history;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.SupervisionMetaData;
import gov.supervision.query.api.history.FindTaskHistoryQuery;
import gov.supervision.query.api.history.HistoryEntry;
import gov.supervision.query.api.history.TaskHistory;
import gov.supervision.query.api.history.TaskVersionQuery;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/** A task's history, read from the event store itself so that it is always current. */
@Component
class TaskHistoryQueries {

    private static final String EVENT_SUFFIX = "Event";

    private final EventStore eventStore;

    TaskHistoryQueries(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    // Reading from sequence 0 skips snapshots, which readEvents(id) would put first.
    @QueryHandler
    TaskHistory handle(FindTaskHistoryQuery query) {
        List<HistoryEntry> entries = eventStore.readEvents(query.taskId(), 0L).asStream()
                .map(TaskHistoryQueries::entry)
                .toList();
        return new TaskHistory(query.taskId(), entries);
    }

    @QueryHandler
    Long handle(TaskVersionQuery query) {
        return eventStore.lastSequenceNumberFor(query.taskId()).orElse(-1L);
    }

    private static HistoryEntry entry(DomainEventMessage<?> event) {
        Object correlationId = event.getMetaData().get(SupervisionMetaData.CORRELATION_ID);
        return new HistoryEntry(
                event.getSequenceNumber(),
                typeOf(event.getPayloadType()),
                event.getTimestamp(),
                Actor.fromMetaData(event.getMetaData()),
                correlationId == null ? null : correlationId.toString(),
                event.getPayload());
    }

    private static String typeOf(Class<?> payloadType) {
        String name = payloadType.getSimpleName();
        return name.endsWith(EVENT_SUFFIX) ? name.substring(0, name.length() - EVENT_SUFFIX.length()) : name;
    }
}
