package gov.supervision.query.api.report;

/** Every task assigned in the year and not closed, with its leader's explanation for that year or none. */
public record YearEndReviewQuery(int year) {
}
