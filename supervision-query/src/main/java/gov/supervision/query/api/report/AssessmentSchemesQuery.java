package gov.supervision.query.api.report;

/** Every version of every assessment scheme, answered as {@link AssessmentSchemeList}. */
public record AssessmentSchemesQuery() {
}
