package gov.supervision.query.api.audit;

import java.time.Instant;

/**
 * A digest over every task's chain head up to {@code position} (the event store's global index): the Merkle
 * root of the leaves {@code SHA-256(taskId || ":" || lastSequence || ":" || headHash)} in task id order
 * (docs/audit.md). An auditor keeps it elsewhere and later asks whether the store still holds, unchanged,
 * everything it covered.
 */
public record LedgerDigest(
        String root,
        long tasks,
        long events,
        long position,
        Instant createdAt) {
}
