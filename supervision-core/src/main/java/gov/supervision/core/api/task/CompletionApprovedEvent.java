package gov.supervision.core.api.task;

/** The office verified completion. */
public record CompletionApprovedEvent(String taskId, String requestId, String comment) {
}
