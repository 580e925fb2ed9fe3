package gov.supervision.infrastructure.archviolation;

import gov.supervision.web.error.NotFoundException;

/** Deliberately misplaced, for ArchitectureTest only: storage deciding an HTTP answer. */
public class InfrastructureUsingWebViolation {

    NotFoundException unknown() {
        return new NotFoundException("UNKNOWN", "none");
    }
}
