package gov.supervision.query.api.history;

import gov.supervision.core.api.common.Actor;

import java.time.Instant;

/**
 * One event of a task's history; {@code type} is the event's name without the "Event" suffix, {@code hash} and
 * {@code previousHash} its links in the task's hash chain.
 */
public record HistoryEntry(
        long sequence,
        String type,
        Instant occurredAt,
        Actor actor,
        String correlationId,
        Object payload,
        String hash,
        String previousHash) {
}
