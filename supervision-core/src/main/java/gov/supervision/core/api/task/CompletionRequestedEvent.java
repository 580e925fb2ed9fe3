package gov.supervision.core.api.task;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The lead department asked for verification of completion. {@code requestedInTime} is true when it asked by the
 * due date in force, which stops the clock while the request waits; requests stored before the rule carry none.
 */
public record CompletionRequestedEvent(
        String taskId,
        String requestId,
        String summary,
        List<String> evidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean requestedInTime) {

    public CompletionRequestedEvent(String taskId, String requestId, String summary, List<String> evidence) {
        this(taskId, requestId, summary, evidence, null);
    }

    /** Whether the request stops the clock; a request stored before the rule never did. */
    public boolean stopsTheClock() {
        return Boolean.TRUE.equals(requestedInTime);
    }
}
