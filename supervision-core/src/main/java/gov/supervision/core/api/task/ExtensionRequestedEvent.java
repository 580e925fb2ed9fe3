package gov.supervision.core.api.task;

import java.time.LocalDate;

/** The lead department asked for a later due date. */
public record ExtensionRequestedEvent(
        String taskId,
        String requestId,
        LocalDate currentDueDate,
        LocalDate requestedDueDate,
        String reason) {
}
