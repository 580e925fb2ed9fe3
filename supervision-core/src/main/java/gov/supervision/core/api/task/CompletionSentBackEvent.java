package gov.supervision.core.api.task;

/** The office sent a completion request back to work. */
public record CompletionSentBackEvent(String taskId, String requestId, String comment) {
}
