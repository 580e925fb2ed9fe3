package gov.supervision.query.api.ledger;

/**
 * Whether a department may see a task: it leads or co-operates on it or on one of its ancestors.
 * Answered as {@code Boolean}; false for an unknown task.
 */
public record TaskAccessQuery(String taskId, String department) {
}
