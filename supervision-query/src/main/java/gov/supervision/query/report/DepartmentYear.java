package gov.supervision.query.report;

import gov.supervision.core.api.task.TimeRule;

/**
 * A department's figures for a year as they stood at an instant, tallied from the rows of the assessment's queries
 * (one per category of task, and per kind and rule of fact), and the sums the rates are made of: each task and each
 * failure on a task weighed by the multiplier of the task's category. {@link DepartmentScore} weighs them.
 */
final class DepartmentYear {

    final String department;
    long assigned;
    long closed;
    long closedOnTime;
    long overdue;
    double weightedTasks;
    double weightedOnTime;
    double weightedOverdue;
    double weightedYellow;
    double weightedRed;
    double weightedEscalations;
    long yellowWarnings;
    long redWarnings;
    long escalations;
    long findings;
    long accountabilityRecords;
    long sanctions;
    long commendations;
    long escalationsAsked;
    long coTasks;
    long coTasksReported;
    long coReports;
    long periodsReported;
    long periodsMissed;

    DepartmentYear(String department) {
        this.department = department;
    }

    /** Tasks of one category that the department led at the instant, each weighing {@code multiplier}. */
    void addTasks(double multiplier, long assigned, long closed, long closedOnTime, long overdue) {
        this.assigned += assigned;
        this.closed += closed;
        this.closedOnTime += closedOnTime;
        this.overdue += overdue;
        weightedTasks += multiplier * assigned;
        weightedOnTime += multiplier * closedOnTime;
        weightedOverdue += multiplier * overdue;
    }

    /**
     * {@code count} facts of one kind and rule on tasks weighing {@code multiplier}; {@code answered} the co-operating
     * tasks among them the department reported on. A warning for a missed report is a warning of its level, and
     * weighs in report timeliness (as its period missed) rather than in the warnings per task.
     */
    void addFacts(double multiplier, FactKind kind, String rule, long count, long answered) {
        boolean forMissedReport = TimeRule.REPORT_MISSED.name().equals(rule);
        switch (kind) {
            case WARNING_YELLOW -> {
                yellowWarnings += count;
                weightedYellow += forMissedReport ? 0 : multiplier * count;
            }
            case WARNING_RED -> {
                redWarnings += count;
                weightedRed += forMissedReport ? 0 : multiplier * count;
            }
            case ESCALATION -> {
                escalations += count;
                weightedEscalations += multiplier * count;
            }
            case ESCALATION_ASKED -> escalationsAsked += count;
            case FINDING -> findings += count;
            case ACCOUNTABILITY_SANCTION -> {
                accountabilityRecords += count;
                sanctions += count;
            }
            case ACCOUNTABILITY_COMMENDATION -> {
                accountabilityRecords += count;
                commendations += count;
            }
            case ACCOUNTABILITY_OTHER -> accountabilityRecords += count;
            case CO_TASK -> {
                coTasks += count;
                coTasksReported += answered;
            }
            case CO_REPORT -> coReports += count;
            case REPORT_PERIOD -> periodsReported += count;
            case REPORT_MISSED -> periodsMissed += count;
            default -> {
                // Counted elsewhere (tasks, briefings) or not at all (exemptions excuse, they do not count).
            }
        }
    }
}
