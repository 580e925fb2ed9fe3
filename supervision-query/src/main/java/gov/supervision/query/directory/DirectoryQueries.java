package gov.supervision.query.directory;

import gov.supervision.core.api.directory.DepartmentChangedEvent;
import gov.supervision.core.api.directory.DepartmentRegisteredEvent;
import gov.supervision.core.api.directory.DirectoryId;
import gov.supervision.core.api.directory.LeaderChangedEvent;
import gov.supervision.core.api.directory.LeaderRegisteredEvent;
import gov.supervision.query.api.directory.DepartmentEntry;
import gov.supervision.query.api.directory.DirectoryQuery;
import gov.supervision.query.api.directory.DirectorySnapshot;
import gov.supervision.query.api.directory.LeaderEntry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The directory read from its own events, never from a projection that may lag: a command naming a department
 * registered a moment ago, on any node, resolves it. The folded directory is kept until the event store holds a
 * newer event of it, so a lookup costs one indexed read of the directory's last sequence number.
 */
@Component
class DirectoryQueries {

    private final EventStore eventStore;
    private final AtomicReference<DirectorySnapshot> current = new AtomicReference<>(DirectorySnapshot.EMPTY);

    DirectoryQueries(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    DirectorySnapshot handle(DirectoryQuery query) {
        long version = eventStore.lastSequenceNumberFor(DirectoryId.ID).orElse(-1L);
        DirectorySnapshot known = current.get();
        if (known.version() == version) {
            return known;
        }
        DirectorySnapshot folded = fold();
        current.accumulateAndGet(folded, (a, b) -> a.version() >= b.version() ? a : b);
        return folded;
    }

    private DirectorySnapshot fold() {
        Map<String, DepartmentEntry> departments = new LinkedHashMap<>();
        Map<String, LeaderEntry> leaders = new LinkedHashMap<>();
        long[] version = {-1};
        eventStore.readEvents(DirectoryId.ID, 0L).asStream().forEach(event -> {
            apply(event, departments, leaders);
            version[0] = event.getSequenceNumber();
        });
        return new DirectorySnapshot(version[0], departments.values().stream().toList(),
                leaders.values().stream().toList());
    }

    private static void apply(DomainEventMessage<?> event, Map<String, DepartmentEntry> departments,
                              Map<String, LeaderEntry> leaders) {
        Object payload = event.getPayload();
        if (payload instanceof DepartmentRegisteredEvent e) {
            departments.put(e.code(), new DepartmentEntry(e.code(), e.name(), e.kind(), e.aliases(), e.active()));
        } else if (payload instanceof DepartmentChangedEvent e) {
            departments.put(e.code(), new DepartmentEntry(e.code(), e.name(), e.kind(), e.aliases(), e.active()));
        } else if (payload instanceof LeaderRegisteredEvent e) {
            leaders.put(e.leaderId(), new LeaderEntry(e.leaderId(), e.name(), e.title(), e.departments(),
                    e.cityGovernment()));
        } else if (payload instanceof LeaderChangedEvent e) {
            leaders.put(e.leaderId(), new LeaderEntry(e.leaderId(), e.name(), e.title(), e.departments(),
                    e.cityGovernment()));
        }
    }
}
