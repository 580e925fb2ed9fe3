package gov.supervision.query.audit;

import gov.supervision.core.api.audit.EventChain;
import gov.supervision.query.api.audit.ChainVerification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The digest of every aggregate's chain (tasks and inspections alike) over rows fed grouped by aggregate in
 * sequence order: a Merkle root over one leaf per aggregate. Only the leaves are kept, never the rows.
 */
final class LedgerDigester {

    private static final String EMPTY_ROOT = EventChain.sha256Hex("");

    // Sorted here, not by the database, whose collation may order ids differently from Java.
    private final Map<String, String> leaves = new TreeMap<>();
    private final List<ChainVerification> brokenChains = new ArrayList<>();
    private ChainWalk current;
    private long events;

    void accept(StoredEvent row) {
        if (current == null || !current.aggregateId().equals(row.aggregateId())) {
            finishAggregate();
            current = new ChainWalk(row.aggregateId());
        }
        current.accept(row);
        events++;
    }

    LedgerDigester finish() {
        finishAggregate();
        brokenChains.sort(Comparator.comparing(ChainVerification::taskId));
        return this;
    }

    long aggregates() {
        return leaves.size();
    }

    long events() {
        return events;
    }

    List<ChainVerification> brokenChains() {
        return List.copyOf(brokenChains);
    }

    /** Pairs hashed left to right, level by level; an odd node at the end of a level goes up unchanged. */
    String root() {
        List<String> level = new ArrayList<>(leaves.values());
        if (level.isEmpty()) {
            return EMPTY_ROOT;
        }
        while (level.size() > 1) {
            List<String> next = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i < level.size(); i += 2) {
                next.add(i + 1 < level.size() ? EventChain.sha256Hex(level.get(i), level.get(i + 1)) : level.get(i));
            }
            level = next;
        }
        return level.get(0);
    }

    private void finishAggregate() {
        if (current == null) {
            return;
        }
        leaves.put(current.aggregateId(), current.leaf());
        if (!current.valid()) {
            brokenChains.add(current.verification());
        }
        current = null;
    }
}
