package gov.supervision.query.api.report;

/**
 * One department's year (docs/read-model.md defines each figure):
 * {@code assigned} tasks it leads that were assigned in the year; of those, {@code closed} (by now) and
 * {@code closedOnTime} (completion approved on or before the ORIGINAL due date: an extension does not erase
 * lateness) and {@code overdue} (open and overdue now); and what happened in the year on the tasks it leads:
 * {@code yellowWarnings}, {@code redWarnings}, {@code escalations}, {@code findings} (rectification tasks
 * opened for it), {@code accountabilityRecords} (of which {@code sanctions} and {@code commendations}).
 */
public record DepartmentAssessment(
        String department,
        long assigned,
        long closed,
        long closedOnTime,
        long overdue,
        long yellowWarnings,
        long redWarnings,
        long escalations,
        long findings,
        long accountabilityRecords,
        long sanctions,
        long commendations,
        double score) {
}
