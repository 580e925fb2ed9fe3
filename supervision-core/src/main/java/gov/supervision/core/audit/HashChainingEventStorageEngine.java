package gov.supervision.core.audit;

import gov.supervision.core.api.audit.EventChain;
import gov.supervision.core.api.audit.EventChain.CanonicalEvent;
import gov.supervision.core.api.common.Actor;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Links every event of an aggregate to the one before it as it is appended: {@code hash} and
 * {@code previousHash} go into the stored metadata (see {@link EventChain}). It sits in front of the real
 * storage engine, the one place every event passes on its way into the store.
 */
public class HashChainingEventStorageEngine implements EventStorageEngine {

    private final EventStorageEngine delegate;
    private final Serializer eventSerializer;

    public HashChainingEventStorageEngine(EventStorageEngine delegate, Serializer eventSerializer) {
        this.delegate = delegate;
        this.eventSerializer = eventSerializer;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        Map<String, String> heads = new HashMap<>();
        List<EventMessage<?>> chained = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
                chained.add(chain(domainEvent, heads));
            } else {
                chained.add(event);
            }
        }
        delegate.appendEvents(chained);
    }

    private DomainEventMessage<?> chain(DomainEventMessage<?> event, Map<String, String> heads) {
        String aggregateId = event.getAggregateIdentifier();
        String previous = heads.containsKey(aggregateId) ? heads.get(aggregateId) : storedHeadBefore(event);
        SerializedObject<byte[]> payload = event.serializePayload(eventSerializer, byte[].class);
        MetaData metaData = event.getMetaData();
        String hash = EventChain.hash(previous, new CanonicalEvent(
                aggregateId,
                event.getSequenceNumber(),
                payload.getType().getName(),
                payload.getType().getRevision(),
                DateTimeUtils.formatInstant(event.getTimestamp()),
                text(metaData.get(Actor.ID)),
                text(metaData.get(Actor.NAME)),
                text(metaData.get(Actor.ROLES)),
                text(metaData.get(Actor.DEPARTMENT)),
                payload.getData()));
        heads.put(aggregateId, hash);
        return event.andMetaData(Map.of(EventChain.HASH, hash, EventChain.PREVIOUS_HASH, previous));
    }

    /** The hash of the aggregate's event just before this one, as stored; the genesis for a first event. */
    private String storedHeadBefore(DomainEventMessage<?> event) {
        if (event.getSequenceNumber() == 0) {
            return EventChain.GENESIS;
        }
        return delegate.readEvents(event.getAggregateIdentifier(), event.getSequenceNumber() - 1).asStream()
                .findFirst()
                .map(previous -> text(previous.getMetaData().get(EventChain.HASH)))
                .orElse("");
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
