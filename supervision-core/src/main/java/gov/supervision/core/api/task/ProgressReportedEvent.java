package gov.supervision.core.api.task;

/** A department reported progress. */
public record ProgressReportedEvent(
        String taskId,
        String reportId,
        String department,
        int percentComplete,
        String summary,
        String milestone) {
}
