package gov.supervision.core.api.task;

/** An urging notice was sent. */
public record UrgingNoticeSentEvent(String taskId, String urgingId, String message) {
}
