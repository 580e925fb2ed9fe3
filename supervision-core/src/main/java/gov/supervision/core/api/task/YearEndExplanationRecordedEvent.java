package gov.supervision.core.api.task;

/** The leader in charge explained the unfinished task at year end. */
public record YearEndExplanationRecordedEvent(String taskId, int year, String explanation) {
}
