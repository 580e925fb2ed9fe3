package gov.supervision.core.task;

/**
 * Deliberately wrong, for ArchitectureTest only: a public class among the aggregates, which the query and web
 * violations of the test sources then depend on.
 */
public class PublicAggregateViolation {
}
