package gov.supervision.query.api.notice;

/** Every notice of a task, oldest first, with its recipients and their receipts. */
public record TaskNoticesQuery(String taskId) {
}
