package gov.supervision.core.archviolation;

import gov.supervision.infrastructure.time.TimeMachine;

/** Deliberately misplaced, for ArchitectureTest only: the domain moving the simulated clock. */
public class CoreUsingInfrastructureViolation {

    TimeMachine time;
}
