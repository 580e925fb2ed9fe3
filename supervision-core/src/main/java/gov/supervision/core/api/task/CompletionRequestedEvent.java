package gov.supervision.core.api.task;

import java.util.List;

/** The lead department asked for verification of completion. */
public record CompletionRequestedEvent(
        String taskId,
        String requestId,
        String summary,
        List<String> evidence) {
}
