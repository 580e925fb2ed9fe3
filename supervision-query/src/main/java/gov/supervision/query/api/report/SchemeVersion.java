package gov.supervision.query.api.report;

/** The assessment scheme and version a figure was scored by. */
public record SchemeVersion(String id, int version) {
}
