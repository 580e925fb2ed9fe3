package gov.supervision.query.api.report;

/**
 * The assessment of every department for a year (by the office's calendar), answered as {@link DepartmentReport}
 * and scored by the weights in force ({@code supervision.assessment.weights.*}).
 */
public record DepartmentReportQuery(int year) {
}
