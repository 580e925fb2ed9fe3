package gov.supervision.query.api.report;

/**
 * One department's period (or the total, with department null): tasks newly assigned to it, progress reports
 * received, reports missed (reporting-cadence warnings: under the rules of 1.1 one for each period missed, counted in
 * the period it missed), warnings issued (of which yellow and red), escalations raised, completions approved and
 * closures; tasks it returned (退回) and tasks the office reassigned away from it (改派).
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
        long closures,
        long returns,
        long reassignments) {

    /** A line without returns nor reassignments. */
    public BriefingLine(String department, long newTasks, long reportsReceived, long reportsMissing, long warnings,
                        long yellowWarnings, long redWarnings, long escalations, long completions, long closures) {
        this(department, newTasks, reportsReceived, reportsMissing, warnings, yellowWarnings, redWarnings,
                escalations, completions, closures, 0, 0);
    }
}
