package gov.supervision.query.archviolation;

import gov.supervision.infrastructure.idempotency.IdempotencyStore;

/** Deliberately misplaced, for ArchitectureTest only: a read model using the application's storage wiring. */
public class QueryUsingInfrastructureViolation {

    IdempotencyStore store;
}
