package gov.supervision.query.report;

import gov.supervision.query.api.report.AssessmentWeights;
import gov.supervision.query.api.report.DepartmentAssessment;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The department score (考核) by the weights in force: {@code supervision.assessment.weights.*}, bound here beside
 * the formula they weigh (see {@link AssessmentWeights}), {@link AssessmentWeights#DEFAULT} where none are set.
 * Every report carries the weights it was scored by, so a department can check its own number.
 */
@ConfigurationProperties("supervision.assessment")
record DepartmentScore(AssessmentWeights weights) {

    DepartmentScore {
        weights = weights == null ? AssessmentWeights.DEFAULT : weights;
    }

    DepartmentAssessment of(DepartmentYear year) {
        return new DepartmentAssessment(year.department(), year.assigned(), year.closed(), year.closedOnTime(),
                year.overdue(), year.yellowWarnings(), year.redWarnings(), year.escalations(), year.findings(),
                year.accountabilityRecords(), year.sanctions(), year.commendations(), score(year),
                year.escalationsAsked(), year.coTasks(), year.coReports());
    }

    /** The formula of {@link AssessmentWeights}: clamped to 0–100, rounded half up to one decimal. */
    double score(DepartmentYear year) {
        double onTimeRate = year.assigned() == 0 ? 1 : (double) year.closedOnTime() / year.assigned();
        double score = weights.onTimeShare() * onTimeRate + weights.base()
                - weights.overdue() * year.overdue()
                - weights.yellowWarning() * year.yellowWarnings()
                - weights.redWarning() * year.redWarnings()
                - weights.escalation() * year.escalations()
                - weights.finding() * year.findings()
                - weights.sanction() * year.sanctions()
                + weights.commendation() * year.commendations();
        double clamped = Math.max(0, Math.min(100, score));
        return BigDecimal.valueOf(clamped).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
