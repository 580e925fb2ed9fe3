package gov.supervision.query.api.history;

/**
 * The task's version (its last event's sequence number) from the event store itself, answered as
 * {@code Long}, or -1 when no such task exists.
 */
public record TaskVersionQuery(String taskId) {
}
