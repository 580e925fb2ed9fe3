package gov.supervision.query.api.report;

/**
 * One department's year as it stood at the report's instant (docs/read-model.md defines each figure and the score).
 * Counts: {@code assigned} tasks it leads that the office assigned in the year (not the subtasks it made for itself);
 * of those, {@code closed}, {@code closedOnTime} (completion requested by the original due date, or by one an
 * extension asked for in time moved, and approved; or excused by a due-diligence exemption) and {@code overdue}
 * (open and overdue at the instant); and what happened in the year: {@code yellowWarnings}, {@code redWarnings}
 * (reminders that the due date is near, {@code DUE_SOON}, are not failures and not counted), {@code escalations}
 * (by the rule or the office), {@code findings} (rectification tasks opened for it), {@code accountabilityRecords}
 * naming it (of which {@code sanctions} and {@code commendations}); {@code escalationsAsked} the escalations it asked
 * for itself (提请协调), which cost it nothing; {@code coTasks} the tasks assigned in the year it co-operates on (协同)
 * and {@code coReports} the progress reports it made on them; {@code periodsDue} the reporting periods its tasks
 * owed that ended or were reported in, of which {@code periodsReported}.
 * <p>
 * Rates: {@code weightedTasks} the assigned tasks each weighed by its category's multiplier, the denominator of
 * {@code onTimeRate}, {@code overdueRate}, {@code yellowPerTask}, {@code redPerTask}, {@code warningsPerTask} and
 * {@code escalationsPerTask} (warnings for missed reports are counted by {@code reportTimeliness}, periods reported ÷
 * periods due, instead); {@code coOperationRate} the share of its co-operating tasks it reported on. A rate is null
 * when its denominator is 0. {@code score} is computed from the rates by {@code scheme}; {@code rank} orders the
 * departments that lead tasks in the year by score (1 the best; between equal scores the one with more weighed tasks,
 * then more periods reported, then more co-operating reports goes first), null for the others.
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
        long coReports,
        long periodsDue,
        long periodsReported,
        double weightedTasks,
        Double onTimeRate,
        Double overdueRate,
        Double reportTimeliness,
        Double yellowPerTask,
        Double redPerTask,
        Double warningsPerTask,
        Double escalationsPerTask,
        Double coOperationRate,
        Integer rank,
        SchemeVersion scheme) {

    /** The same figures with their place in the ranking. */
    public DepartmentAssessment ranked(Integer place) {
        return new DepartmentAssessment(department, assigned, closed, closedOnTime, overdue, yellowWarnings,
                redWarnings, escalations, findings, accountabilityRecords, sanctions, commendations, score,
                escalationsAsked, coTasks, coReports, periodsDue, periodsReported, weightedTasks, onTimeRate,
                overdueRate, reportTimeliness, yellowPerTask, redPerTask, warningsPerTask, escalationsPerTask,
                coOperationRate, place, scheme);
    }
}
