package gov.supervision.query.api.report;

import java.util.List;

/** Every department's figures for the year, sorted by department, with the weights the scores were computed by. */
public record DepartmentReport(int year, AssessmentWeights weights, List<DepartmentAssessment> departments) {
}
