package gov.supervision.infrastructure.processing;

import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds a read model from the event store: its streaming processor is stopped, its tokens reset (its
 * {@code @ResetHandler} empties its tables) and started again, so it replays every event; once it has caught up,
 * its tables' statistics are refreshed ({@link RebuiltTables}). On several nodes the processor must be stopped on
 * each of them first (docs/operations.md).
 */
@Component
public class ProjectionRebuilds {

    public static final List<String> PROJECTIONS = List.of("ledger", "warnings", "escalations", "reports", "notices");

    record Run(Instant startedAt, long startedFrom) {
    }

    /**
     * {@code replaying} stays true until the first event after the reset point (Axon's replay token), so
     * {@code caughtUp} is what says a rebuild has reached the end of the store.
     */
    public record ProjectionStatus(String name, boolean running, boolean replaying, boolean caughtUp,
                                   long position, long total, Double eventsPerSecond, Instant rebuildStartedAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    /** How often a rebuild is checked for having caught up. */
    private static final Duration WATCH_EVERY = Duration.ofMillis(500);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final RebuiltTables tables;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> watches = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuilds");
        thread.setDaemon(true);
        return thread;
    });

    ProjectionRebuilds(EventProcessingConfiguration processing, EventStore eventStore, RebuiltTables tables) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tables = tables;
    }

    /** Starts the rebuild and answers at once; empty when there is no such projection. */
    public synchronized Optional<ProjectionStatus> rebuild(String name) {
        return processor(name).map(processor -> {
            processor.shutDown();
            processor.resetTokens();
            runs.put(name, new Run(Instant.now(), 0));
            processor.start();
            watchUntilCaughtUp(name, processor);
            return status(name, processor);
        });
    }

    @PreDestroy
    void stopWatching() {
        watcher.shutdownNow();
    }

    /** Refreshes the projection's tables once the processor has caught up; a later rebuild replaces the watch. */
    private void watchUntilCaughtUp(String name, StreamingEventProcessor processor) {
        ScheduledFuture<?>[] watch = new ScheduledFuture<?>[1];
        watch[0] = watcher.scheduleWithFixedDelay(() -> {
            try {
                if (status(name, processor).caughtUp()) {
                    watch[0].cancel(false);
                    tables.refresh(name);
                }
            } catch (RuntimeException e) {
                // The store was out of reach for a moment: the next check tries again.
                log.warn("Projection {}: could not check whether its rebuild has caught up: {}", name, e.getMessage());
            }
        }, WATCH_EVERY.toMillis(), WATCH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = watches.put(name, watch[0]);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    /** Empty when there is no such projection. */
    public Optional<ProjectionStatus> status(String name) {
        return processor(name).map(processor -> status(name, processor));
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long position = segments.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(current -> current.orElse(0L))
                .min().orElse(0L);
        boolean replaying = segments.stream().anyMatch(EventTrackerStatus::isReplaying);
        Run run = runs.get(name);
        long total = head();
        return new ProjectionStatus(name, processor.isRunning(), replaying, !segments.isEmpty() && position >= total,
                position, total, run == null ? null : perSecond(run, position), run == null ? null : run.startedAt());
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        OptionalLong position = head == null ? OptionalLong.empty() : head.position();
        return position.orElse(0L);
    }

    private static Double perSecond(Run run, long position) {
        double seconds = Duration.between(run.startedAt(), Instant.now()).toMillis() / 1000.0;
        return seconds <= 0 ? null : Math.round((position - run.startedFrom()) / seconds * 10) / 10.0;
    }

    private Optional<StreamingEventProcessor> processor(String name) {
        if (!PROJECTIONS.contains(name)) {
            return Optional.empty();
        }
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }
}
