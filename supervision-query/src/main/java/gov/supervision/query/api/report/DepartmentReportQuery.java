package gov.supervision.query.api.report;

/** The assessment of every department for a year (by the office's calendar), answered as {@link DepartmentReport}. */
public record DepartmentReportQuery(int year, AssessmentWeights weights) {
}
