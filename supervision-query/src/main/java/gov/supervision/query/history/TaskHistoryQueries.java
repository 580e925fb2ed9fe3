package gov.supervision.query.history;

import gov.supervision.core.api.audit.EventChain;
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

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A task's history, read from the event store itself so that it is always current. */
@Component
class TaskHistoryQueries {

    private static final String EVENT_SUFFIX = "Event";

    private final EventStore eventStore;

    TaskHistoryQueries(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    // Reading from sequence 0 skips snapshots, which readEvents(id) would put first. One pass counts every
    // event (total) and turns only those of the page into entries (Axon deserializes a payload when asked).
    @QueryHandler
    TaskHistory handle(FindTaskHistoryQuery query) {
        if (query.page() < 0 || query.size() < 1) {
            throw new IllegalArgumentException("page counts from 0 and size is at least 1");
        }
        long first = (long) query.page() * query.size();
        long last = first + query.size();
        List<HistoryEntry> entries = new ArrayList<>();
        long total = 0;
        for (Iterator<? extends DomainEventMessage<?>> events = eventStore.readEvents(query.taskId(), 0L).asStream()
                .iterator(); events.hasNext(); total++) {
            DomainEventMessage<?> event = events.next();
            if (total >= first && total < last) {
                entries.add(entry(event));
            }
        }
        return new TaskHistory(query.taskId(), List.copyOf(entries), query.page(), query.size(), total);
    }

    @QueryHandler
    Long handle(TaskVersionQuery query) {
        return eventStore.lastSequenceNumberFor(query.taskId()).orElse(-1L);
    }

    private static HistoryEntry entry(DomainEventMessage<?> event) {
        return new HistoryEntry(
                event.getSequenceNumber(),
                typeOf(event.getPayloadType()),
                event.getTimestamp(),
                Actor.fromMetaData(event.getMetaData()),
                text(event, SupervisionMetaData.CORRELATION_ID),
                event.getPayload(),
                text(event, EventChain.HASH),
                text(event, EventChain.PREVIOUS_HASH));
    }

    private static String text(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static String typeOf(Class<?> payloadType) {
        String name = payloadType.getSimpleName();
        return name.endsWith(EVENT_SUFFIX) ? name.substring(0, name.length() - EVENT_SUFFIX.length()) : name;
    }
}
