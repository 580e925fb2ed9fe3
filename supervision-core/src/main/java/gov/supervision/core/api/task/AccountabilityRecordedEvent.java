package gov.supervision.core.api.task;

/** An accountability or commendation record was made. */
public record AccountabilityRecordedEvent(
        String taskId,
        String recordId,
        AccountabilityType type,
        String subject,
        String reason) {
}
