package gov.supervision.core.api.archviolation;

import org.springframework.util.StringUtils;

/** Deliberately wrong, for ArchitectureTest only: a message of the contract that needs Spring. */
public record MessageUsingSpringViolation(String taskId) {

    public MessageUsingSpringViolation {
        taskId = StringUtils.trimWhitespace(taskId);
    }
}
