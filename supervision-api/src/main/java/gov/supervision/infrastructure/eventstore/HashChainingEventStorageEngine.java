package gov.supervision.infrastructure.eventstore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
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
 * <p>
 * The hash an event links to is the stored one of the event before it. The engine remembers the last link of
 * recently used chains, as read from the store (loading an aggregate reads its whole chain just before a
 * command appends to it) or as appended once the transaction committed, so a command does not read its
 * previous event a second time. A remembered link is used only for the very next sequence number; any other
 * (another node appended in between) is read from the store.
 * <p>
 * Past 150 lines only because {@link EventStorageEngine} must be delegated method by method.
 */
class HashChainingEventStorageEngine implements EventStorageEngine {

    private static final int REMEMBERED_CHAINS = 10_000;

    private final EventStorageEngine delegate;
    private final Serializer eventSerializer;
    private final Cache<String, Link> lastLinks = Caffeine.newBuilder().maximumSize(REMEMBERED_CHAINS).build();

    /** A stored event's place in its aggregate's chain. */
    private record Link(long sequenceNumber, String hash) {
    }

    HashChainingEventStorageEngine(EventStorageEngine delegate, Serializer eventSerializer) {
        this.delegate = delegate;
        this.eventSerializer = eventSerializer;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        Map<String, Link> appended = new HashMap<>();
        List<EventMessage<?>> chained = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
                chained.add(chain(domainEvent, appended));
            } else {
                chained.add(event);
            }
        }
        delegate.appendEvents(chained);
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(committed -> lastLinks.putAll(appended)));
    }

    private DomainEventMessage<?> chain(DomainEventMessage<?> event, Map<String, Link> appended) {
        String aggregateId = event.getAggregateIdentifier();
        Link before = appended.get(aggregateId);
        String previous = before != null ? before.hash() : storedHashBefore(event);
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
        appended.put(aggregateId, new Link(event.getSequenceNumber(), hash));
        return event.andMetaData(Map.of(EventChain.HASH, hash, EventChain.PREVIOUS_HASH, previous));
    }

    /** The hash of the aggregate's event just before this one, as stored; the genesis for a first event. */
    private String storedHashBefore(DomainEventMessage<?> event) {
        if (event.getSequenceNumber() == 0) {
            return EventChain.GENESIS;
        }
        Link last = lastLinks.getIfPresent(event.getAggregateIdentifier());
        if (last != null && last.sequenceNumber() == event.getSequenceNumber() - 1) {
            return last.hash();
        }
        return delegate.readEvents(event.getAggregateIdentifier(), event.getSequenceNumber() - 1).asStream()
                .findFirst()
                .map(previous -> text(previous.getMetaData().get(EventChain.HASH)))
                .orElse("");
    }

    private void remember(DomainEventMessage<?> stored) {
        Object hash = stored.getMetaData().get(EventChain.HASH);
        if (hash != null) {
            lastLinks.put(stored.getAggregateIdentifier(), new Link(stored.getSequenceNumber(), hash.toString()));
        }
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
        DomainEventStream stored = delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
        return DomainEventStream.of(stored.asStream().peek(this::remember), stored::getLastSequenceNumber);
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
