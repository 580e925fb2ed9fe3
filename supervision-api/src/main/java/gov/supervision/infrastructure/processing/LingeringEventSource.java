package gov.supervision.infrastructure.processing;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The event store as the projections read it: a processor that was idle when an event arrived waits a moment
 * ({@code supervision.processing.linger}) before it takes its batch, so that the events stored in that moment go in
 * the same batch, one transaction and one commit. Without it, every projection commits once per commit of the
 * commands, nine commits for one, which were a fifth of the server's CPU under load on H2 (docs/benchmarks.md).
 * A processor with events waiting (catching up, rebuilding) never waits: only the first event after a quiet spell
 * is held back, by at most the linger, which the projection lag includes.
 */
public final class LingeringEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    /** How the wait is spent; tests stand in for the clock. */
    interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final Duration linger;
    private final Pause pause;

    public LingeringEventSource(StreamableMessageSource<TrackedEventMessage<?>> events, Duration linger) {
        this(events, linger, duration -> Thread.sleep(duration.toMillis()));
    }

    LingeringEventSource(StreamableMessageSource<TrackedEventMessage<?>> events, Duration linger, Pause pause) {
        this.events = events;
        this.linger = linger;
        this.pause = pause;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        BlockingStream<TrackedEventMessage<?>> stream = events.openStream(trackingToken);
        return linger.isZero() ? stream : new Lingering(stream);
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return events.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return events.createTokenSince(duration);
    }

    private final class Lingering implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> stream;

        Lingering(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        /** Waits for the linger after an event that ended a wait; never when asked not to wait at all. */
        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            boolean ready = stream.hasNextAvailable();
            if (ready || timeout <= 0) {
                return ready;
            }
            if (!stream.hasNextAvailable(timeout, unit)) {
                return false;
            }
            pause.pause(linger);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void close() {
            stream.close();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            return stream.setOnAvailableCallback(callback);
        }
    }
}
