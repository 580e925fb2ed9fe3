package gov.supervision.infrastructure.processing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events a projection could not handle, parked with every later event of their task (Axon's sequenced
 * dead-letter queue, table dead_letter_entry), and their retry once the cause is fixed.
 */
@Component
public class DeadLetters {

    public static final int MAX_SIZE = 1000;
    private static final int MAX_CAUSE = 500;

    /**
     * A parked event. The cause is the exception's message only, cut short; never its class. {@code kind} is
     * {@code ERROR} for every letter today, so that other kinds can be told apart later.
     */
    public record DeadLetterView(String processingGroup, String sequenceIdentifier, Long index, String eventId,
                                 String eventType, String aggregateId, Long aggregateSequence, Instant enqueuedAt,
                                 Instant lastTouched, String kind, String cause) {
    }

    public record DeadLetterList(List<DeadLetterView> items, int size, long total) {
    }

    /** {@code processed}: letters handled and gone; {@code remaining}: letters still parked in the group. */
    public record RetryOutcome(String processingGroup, long processed, long remaining) {
    }

    private final EventProcessingConfiguration processing;

    DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /**
     * The first {@code size} letters of one group, or of every group with a queue, sequence by sequence; empty
     * when the group named has no queue.
     */
    public Optional<DeadLetterList> list(String processingGroup, int size) {
        List<String> groups = processingGroup == null || processingGroup.isBlank() ? groups() : List.of(processingGroup);
        Map<String, SequencedDeadLetterQueue<EventMessage<?>>> queues = new LinkedHashMap<>();
        for (String group : groups) {
            Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = processing.deadLetterQueue(group);
            if (queue.isEmpty()) {
                return Optional.empty();
            }
            queues.put(group, queue.get());
        }
        long total = 0;
        for (SequencedDeadLetterQueue<EventMessage<?>> queue : queues.values()) {
            total += queue.size();
        }
        List<DeadLetterView> items = new ArrayList<>();
        for (Map.Entry<String, SequencedDeadLetterQueue<EventMessage<?>>> queue : queues.entrySet()) {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.getValue().deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (items.size() >= size) {
                        return Optional.of(new DeadLetterList(items, size, total));
                    }
                    items.add(view(queue.getKey(), letter));
                }
            }
        }
        return Optional.of(new DeadLetterList(items, size, total));
    }

    /**
     * Retries every parked sequence once, oldest first; empty when the group has no queue. A sequence that
     * fails again goes back to the end of the queue with its new cause, so one bad sequence does not keep the
     * others from being retried.
     */
    public Optional<RetryOutcome> retry(String processingGroup) {
        Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = processing.deadLetterQueue(processingGroup);
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor =
                processing.sequencedDeadLetterProcessor(processingGroup);
        if (queue.isEmpty() || processor.isEmpty()) {
            return Optional.empty();
        }
        long before = queue.get().size();
        long sequences = queue.get().amountOfSequences();
        for (long attempt = 0; attempt < sequences; attempt++) {
            processor.get().processAny();
        }
        long remaining = queue.get().size();
        return Optional.of(new RetryOutcome(processingGroup, Math.max(0, before - remaining), remaining));
    }

    /** The processing groups that park their failures, by name. */
    public List<String> groups() {
        return processing.eventProcessors().keySet().stream()
                .filter(group -> processing.deadLetterQueue(group).isPresent())
                .sorted()
                .toList();
    }

    private static DeadLetterView view(String group, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        String sequenceIdentifier = null;
        Long index = null;
        if (letter instanceof JpaDeadLetter<?> stored) {
            sequenceIdentifier = stored.getSequenceIdentifier();
            index = stored.getIndex();
        }
        String aggregateId = null;
        Long aggregateSequence = null;
        if (event instanceof DomainEventMessage<?> domainEvent) {
            aggregateId = domainEvent.getAggregateIdentifier();
            aggregateSequence = domainEvent.getSequenceNumber();
        }
        return new DeadLetterView(group, sequenceIdentifier, index, event.getIdentifier(),
                event.getPayloadType().getSimpleName(), aggregateId, aggregateSequence, letter.enqueuedAt(),
                letter.lastTouched(), "ERROR", letter.cause().map(DeadLetters::cause).orElse(null));
    }

    private static String cause(Cause cause) {
        String message = cause.message();
        if (message == null) {
            return null;
        }
        return message.length() <= MAX_CAUSE ? message : message.substring(0, MAX_CAUSE);
    }
}
