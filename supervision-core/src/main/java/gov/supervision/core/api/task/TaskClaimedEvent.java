package gov.supervision.core.api.task;

/** The lead department claimed the task and named the responsible person. */
public record TaskClaimedEvent(String taskId, String department, String responsiblePerson) {
}
