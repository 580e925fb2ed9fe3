package gov.supervision.query.api.report;

/**
 * One department's period (or the total, with department null): tasks newly assigned to it, progress reports
 * received, reports missed (reporting-cadence warnings), warnings issued (of which yellow and red),
 * escalations raised, completions approved and closures.
 */
public record BriefingLine(
        String department,
        long newTasks,
        long reportsReceived,
        long reportsMissing,
        long warnings,
        long yellowWarnings,
        long redWarnings,
        long escalations,
        long completions,
        long closures) {
}
