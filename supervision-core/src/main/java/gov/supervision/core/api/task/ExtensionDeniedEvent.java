package gov.supervision.core.api.task;

/** An extension was denied; the due date stays. */
public record ExtensionDeniedEvent(String taskId, String requestId, String comment) {
}
