package gov.supervision.core.api.task;

/** The task was struck off (销号). */
public record TaskClosedEvent(String taskId, String parentTaskId, String comment) {
}
