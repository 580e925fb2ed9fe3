package gov.supervision.query.report;

/** Deliberately wrong, for ArchitectureTest only: a public class of a read model outside query.api. */
public class PublicReportViolation {
}
