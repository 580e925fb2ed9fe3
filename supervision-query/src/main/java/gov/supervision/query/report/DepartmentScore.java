package gov.supervision.query.report;

import gov.supervision.core.api.assessment.AssessmentScheme;
import gov.supervision.core.api.assessment.AssessmentWeights;
import gov.supervision.query.api.report.DepartmentAssessment;
import gov.supervision.query.api.report.SchemeVersion;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The department score (考核) from rates, by a version of an assessment scheme (the formula of
 * {@link AssessmentWeights}). A rate whose denominator is 0 is null and weighs as if nothing had failed: 1 for the
 * on-time rate, report timeliness and co-operation, 0 for the failures per task. The score is not clamped, so that
 * departments past either end still rank by what they did; it is rounded half up to two decimals, the rates to four.
 */
final class DepartmentScore {

    private DepartmentScore() {
    }

    static DepartmentAssessment of(DepartmentYear year, AssessmentScheme scheme) {
        AssessmentWeights weights = scheme.weights();
        double tasks = year.weightedTasks;
        Double onTimeRate = share(year.weightedOnTime, tasks);
        Double overdueRate = share(year.weightedOverdue, tasks);
        Double yellowPerTask = share(year.weightedYellow, tasks);
        Double redPerTask = share(year.weightedRed, tasks);
        Double warningsPerTask = share(year.weightedYellow + year.weightedRed, tasks);
        Double escalationsPerTask = share(year.weightedEscalations, tasks);
        long periodsDue = year.periodsReported + year.periodsMissed;
        Double reportTimeliness = share(year.periodsReported, periodsDue);
        Double coOperationRate = share(year.coTasksReported, year.coTasks);
        double score = weights.onTime() * orElse(onTimeRate, 1)
                + weights.reportTimeliness() * orElse(reportTimeliness, 1)
                + weights.coOperation() * orElse(coOperationRate, 1)
                + weights.base()
                - weights.overdue() * orElse(overdueRate, 0)
                - weights.yellowWarning() * orElse(yellowPerTask, 0)
                - weights.redWarning() * orElse(redPerTask, 0)
                - weights.escalation() * orElse(escalationsPerTask, 0)
                - weights.finding() * year.findings
                - weights.sanction() * year.sanctions
                + weights.commendation() * year.commendations;
        return new DepartmentAssessment(year.department, year.assigned, year.closed, year.closedOnTime, year.overdue,
                year.yellowWarnings, year.redWarnings, year.escalations, year.findings, year.accountabilityRecords,
                year.sanctions, year.commendations, round(score, 2), year.escalationsAsked, year.coTasks,
                year.coReports, periodsDue, year.periodsReported, round(tasks, 4), rate(onTimeRate),
                rate(overdueRate), rate(reportTimeliness), rate(yellowPerTask), rate(redPerTask),
                rate(warningsPerTask), rate(escalationsPerTask), rate(coOperationRate), null,
                new SchemeVersion(scheme.id(), scheme.version()));
    }

    private static Double share(double part, double whole) {
        return whole == 0 ? null : part / whole;
    }

    private static double orElse(Double rate, double neutral) {
        return rate == null ? neutral : rate;
    }

    private static Double rate(Double rate) {
        return rate == null ? null : round(rate, 4);
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
