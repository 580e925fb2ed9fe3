package gov.supervision.query.api.report;

/**
 * One department's year (docs/read-model.md defines each figure):
 * {@code assigned} tasks it leads that the office assigned in the year (not the subtasks it made for itself); of
 * those, {@code closed} (by now) and {@code closedOnTime} (completion requested by the original due date, or by one
 * an extension asked for in time moved, and approved) and {@code overdue} (open and overdue now); and what happened
 * in the year on the tasks it leads: {@code yellowWarnings}, {@code redWarnings}, {@code escalations} (by the rule
 * or the office), {@code findings} (rectification tasks opened for it), {@code accountabilityRecords} for it (of
 * which {@code sanctions} and {@code commendations}); {@code escalationsAsked} the escalations it asked for itself
 * (提请协调), which cost it nothing; {@code coTasks} the tasks assigned in the year it co-operates on (协同) and
 * {@code coReports} the progress reports it made on them.
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
        double score,
        long escalationsAsked,
        long coTasks,
        long coReports) {
}
