package gov.supervision.query.audit;

import gov.supervision.core.api.audit.EventChain.CanonicalEvent;

/** One row of the event store as stored: what the chain hashes, and the links its metadata claims. */
record StoredEvent(CanonicalEvent canonical, String hash, String previousHash) {

    String aggregateId() {
        return canonical.aggregateId();
    }

    long sequence() {
        return canonical.sequence();
    }
}
