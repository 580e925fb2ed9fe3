package gov.supervision.core.api.task;

/** Lessons learned were recorded after closure. */
public record ReviewRecordedEvent(String taskId, String reviewId, String lessons) {
}
