package gov.supervision.query.api.ledger;

import java.time.Instant;

/** The latest progress report of a task. */
public record ReportView(
        String reportId,
        String department,
        int percentComplete,
        String summary,
        String milestone,
        Instant reportedAt) {
}
