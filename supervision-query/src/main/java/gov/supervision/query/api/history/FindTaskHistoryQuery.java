package gov.supervision.query.api.history;

/** Every event of a task in order, read from the event store itself (always current). */
public record FindTaskHistoryQuery(String taskId) {
}
