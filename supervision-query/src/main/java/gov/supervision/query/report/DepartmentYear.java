package gov.supervision.query.report;

import gov.supervision.query.api.report.AssessmentWeights;
import gov.supervision.query.api.report.DepartmentAssessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A row of {@code v_department_year}: a department's figures for a year, scored by the weights of the day. */
record DepartmentYear(
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
        long commendations) {

    DepartmentAssessment assessedBy(AssessmentWeights weights) {
        return new DepartmentAssessment(department, assigned, closed, closedOnTime, overdue, yellowWarnings,
                redWarnings, escalations, findings, accountabilityRecords, sanctions, commendations, score(weights));
    }

    /** The formula of {@link AssessmentWeights}: clamped to 0–100, rounded half up to one decimal. */
    double score(AssessmentWeights weights) {
        double onTimeRate = assigned == 0 ? 1 : (double) closedOnTime / assigned;
        double score = weights.onTimeShare() * onTimeRate + weights.base()
                - weights.overdue() * overdue
                - weights.yellowWarning() * yellowWarnings
                - weights.redWarning() * redWarnings
                - weights.escalation() * escalations
                - weights.finding() * findings
                - weights.sanction() * sanctions
                + weights.commendation() * commendations;
        double clamped = Math.max(0, Math.min(100, score));
        return BigDecimal.valueOf(clamped).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
