package gov.supervision.query.audit;

import gov.supervision.core.api.audit.EventChain;
import gov.supervision.query.api.audit.ChainVerification;

/**
 * Recomputes one aggregate's chain from its rows in sequence order. Each row must come next (0, 1, 2…), claim
 * as previous hash the hash recomputed so far, and store the hash its own content gives; the first row that
 * fails is named. The walk goes on to the end, chaining recomputed hashes, never stored ones.
 */
final class ChainWalk {

    private final String aggregateId;
    private long events;
    private long expectedSequence;
    private String head = EventChain.GENESIS;
    private Long firstInvalidSequence;

    ChainWalk(String aggregateId) {
        this.aggregateId = aggregateId;
    }

    String aggregateId() {
        return aggregateId;
    }

    void accept(StoredEvent row) {
        events++;
        if (row.sequence() != expectedSequence) {
            broken(expectedSequence);
        }
        if (!head.equals(row.previousHash())) {
            broken(row.sequence());
        }
        String recomputed = EventChain.hash(head, row.canonical());
        if (!recomputed.equals(row.hash())) {
            broken(row.sequence());
        }
        head = recomputed;
        expectedSequence = row.sequence() + 1;
    }

    boolean valid() {
        return firstInvalidSequence == null;
    }

    /** {@code SHA-256(aggregateId ":" lastSequence ":" headHash)}: the aggregate's leaf of the digest. */
    String leaf() {
        return EventChain.sha256Hex(aggregateId, ":", Long.toString(expectedSequence - 1), ":", head);
    }

    ChainVerification verification() {
        return new ChainVerification(aggregateId, events, valid(), firstInvalidSequence, events == 0 ? null : head);
    }

    private void broken(long sequence) {
        if (firstInvalidSequence == null) {
            firstInvalidSequence = sequence;
        }
    }
}
