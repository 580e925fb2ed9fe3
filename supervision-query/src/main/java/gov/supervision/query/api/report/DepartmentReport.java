package gov.supervision.query.api.report;

import gov.supervision.core.api.assessment.AssessmentScheme;
import gov.supervision.core.api.assessment.AssessmentWeights;

import java.time.Instant;
import java.util.List;

/**
 * Every department's figures for the year, sorted by department: as they stood at {@code asOf}, the earlier of the
 * instant asked for and the year's {@code cutOff}; {@code frozen} once the cut-off has passed, when they never move
 * again. {@code weights} and {@code scheme} are the scheme version the scores were computed by.
 */
public record DepartmentReport(
        int year,
        AssessmentWeights weights,
        List<DepartmentAssessment> departments,
        Instant asOf,
        Instant cutOff,
        boolean frozen,
        AssessmentScheme scheme) {
}
