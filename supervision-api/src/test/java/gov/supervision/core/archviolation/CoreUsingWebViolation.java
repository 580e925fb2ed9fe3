package gov.supervision.core.archviolation;

import gov.supervision.web.command.CommandAnswer;

/** Deliberately misplaced, for ArchitectureTest only: the command side answering HTTP. */
public class CoreUsingWebViolation {

    CommandAnswer answer() {
        return CommandAnswer.of("task", 0);
    }
}
