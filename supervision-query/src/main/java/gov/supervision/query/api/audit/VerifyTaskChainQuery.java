package gov.supervision.query.api.audit;

/** Recomputes a task's hash chain from its rows as stored (no upcasters); answered as {@link ChainVerification}. */
public record VerifyTaskChainQuery(String taskId) {
}
