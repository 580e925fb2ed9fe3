package gov.supervision.infrastructure.processing;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On Axon's in-memory event store. The pause stands in for the clock: while a processor lingers, the commands
 * store more events, which the pause does here.
 */
class LingeringEventSourceTest {

    private static final Duration LINGER = Duration.ofMillis(50);

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final List<Duration> pauses = new ArrayList<>();
    private final LingeringEventSource source = new LingeringEventSource(store, LINGER, duration -> {
        pauses.add(duration);
        store.publish(GenericEventMessage.asEventMessage("stored while lingering"));
    });

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void aProcessorWithEventsWaitingTakesThemAtOnce() throws InterruptedException {
        store.publish(GenericEventMessage.asEventMessage("first"), GenericEventMessage.asEventMessage("second"));
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
            assertThat(payloads(stream)).containsExactly("first", "second");
        }
        assertThat(pauses).isEmpty();
    }

    @Test
    void theFirstEventAfterAQuietSpellWaitsTheLingerAndSharesItsBatchWithWhatArrivedMeanwhile() throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(stream.hasNextAvailable()).isFalse();
            Thread publisher = new Thread(() -> store.publish(GenericEventMessage.asEventMessage("after a while")));
            publisher.start();

            assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
            publisher.join();

            assertThat(pauses).containsExactly(LINGER);
            assertThat(payloads(stream)).containsExactly("after a while", "stored while lingering");
        }
    }

    @Test
    void askingWithoutWaitingNeverLingers() throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(stream.hasNextAvailable(1, TimeUnit.MILLISECONDS)).isFalse();
        }
        assertThat(pauses).isEmpty();
    }

    private static List<Object> payloads(BlockingStream<TrackedEventMessage<?>> stream) throws InterruptedException {
        List<Object> payloads = new ArrayList<>();
        while (stream.hasNextAvailable()) {
            payloads.add(stream.nextAvailable().getPayload());
        }
        return payloads;
    }
}
