package gov.supervision.web.archviolation;

import gov.supervision.core.task.PublicAggregateViolation;

/** Deliberately misplaced, for ArchitectureTest only: the web layer reaching into an aggregate's package. */
public class WebUsingCoreTaskViolation {

    PublicAggregateViolation aggregate;
}
