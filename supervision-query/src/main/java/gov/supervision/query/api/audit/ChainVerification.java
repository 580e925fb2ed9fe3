package gov.supervision.query.api.audit;

/**
 * The result of recomputing a task's chain: {@code events} rows read, {@code valid} when every row chains
 * and hashes as stored with sequences 0, 1, 2… without a hole; otherwise {@code firstInvalidSequence} is the
 * first sequence where it breaks (a missing sequence names the missing number). {@code headHash} is the
 * recomputed hash of the last row.
 */
public record ChainVerification(
        String taskId,
        long events,
        boolean valid,
        Long firstInvalidSequence,
        String headHash) {
}
