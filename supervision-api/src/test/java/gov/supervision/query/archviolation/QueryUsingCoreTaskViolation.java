package gov.supervision.query.archviolation;

import gov.supervision.core.task.PublicAggregateViolation;

/** Deliberately misplaced, for ArchitectureTest only: a read model reaching into an aggregate's package. */
public class QueryUsingCoreTaskViolation {

    PublicAggregateViolation aggregate;
}
