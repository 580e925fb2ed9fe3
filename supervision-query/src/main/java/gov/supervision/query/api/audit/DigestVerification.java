package gov.supervision.query.api.audit;

import java.util.List;

/**
 * Whether today's store still holds, unchanged, what a digest covered: {@code valid} when the recomputed root
 * and event count equal the digest's. {@code brokenChains} names each task whose own chain no longer verifies
 * (with its first bad sequence); a valid chain with a different root means events were removed from a
 * task's end or a task was removed whole.
 */
public record DigestVerification(
        boolean valid,
        String expectedRoot,
        String actualRoot,
        long expectedEvents,
        long actualEvents,
        long position,
        List<ChainVerification> brokenChains) {
}
