package gov.supervision.infrastructure.eventstore;

import gov.supervision.core.api.audit.EventChain;
import gov.supervision.core.api.task.TaskClaimedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class HashChainingEventStorageEngineTest {

    private static final String TASK = "task-1";

    /** The store underneath, counting how often the chaining engine reads a single previous event from it. */
    private final AtomicInteger previousEventReads = new AtomicInteger();
    private final InMemoryEventStorageEngine store = new InMemoryEventStorageEngine() {
        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            if (firstSequenceNumber > 0) {
                previousEventReads.incrementAndGet();
            }
            return super.readEvents(aggregateIdentifier, firstSequenceNumber);
        }
    };
    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final HashChainingEventStorageEngine engine = new HashChainingEventStorageEngine(store, serializer);

    private static DomainEventMessage<?> claim(long sequence) {
        return new GenericDomainEventMessage<>("Task", TASK, sequence,
                new TaskClaimedEvent(TASK, "市交通运输局", "李主任"));
    }

    private List<? extends DomainEventMessage<?>> stored() {
        return store.readEvents(TASK, 0).asStream().toList();
    }

    private static String hashOf(DomainEventMessage<?> event) {
        return (String) event.getMetaData().get(EventChain.HASH);
    }

    private static String previousHashOf(DomainEventMessage<?> event) {
        return (String) event.getMetaData().get(EventChain.PREVIOUS_HASH);
    }

    private void appendCommitted(DomainEventMessage<?> event) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> engine.appendEvents(List.of(event)));
    }

    @Test
    void eachEventLinksToTheStoredHashOfTheOneBeforeIt() {
        engine.appendEvents(List.of(claim(0)));
        engine.appendEvents(List.of(claim(1)));
        engine.appendEvents(List.of(claim(2), claim(3)));

        List<? extends DomainEventMessage<?>> chain = stored();
        assertThat(previousHashOf(chain.get(0))).isEqualTo(EventChain.GENESIS);
        for (int i = 1; i < chain.size(); i++) {
            assertThat(previousHashOf(chain.get(i))).isEqualTo(hashOf(chain.get(i - 1)));
        }
    }

    @Test
    void aCommandAppendingAfterLoadingTheAggregateDoesNotReadThePreviousEventAgain() {
        engine.appendEvents(List.of(claim(0), claim(1)));
        engine.readEvents(TASK, 0).asStream().forEach(event -> { });
        previousEventReads.set(0);

        engine.appendEvents(List.of(claim(2)));

        assertThat(previousEventReads).hasValue(0);
        assertThat(previousHashOf(stored().get(2))).isEqualTo(hashOf(stored().get(1)));
    }

    @Test
    void aCommittedAppendIsRememberedForTheNextOne() {
        appendCommitted(claim(0));
        appendCommitted(claim(1));
        previousEventReads.set(0);

        appendCommitted(claim(2));

        assertThat(previousEventReads).hasValue(0);
        assertThat(previousHashOf(stored().get(2))).isEqualTo(hashOf(stored().get(1)));
    }

    @Test
    void aLinkRememberedBeforeAnotherNodeAppendedIsNotUsed() {
        appendCommitted(claim(0));
        new HashChainingEventStorageEngine(store, serializer).appendEvents(List.of(claim(1)));

        appendCommitted(claim(2));

        assertThat(previousEventReads).hasPositiveValue();
        assertThat(previousHashOf(stored().get(2))).isEqualTo(hashOf(stored().get(1)));
    }
}
