package gov.supervision.core.api.task;

import java.time.LocalDate;

/** An extension was granted: the due date moves, the original one is kept for assessment. */
public record ExtensionGrantedEvent(
        String taskId,
        String requestId,
        LocalDate previousDueDate,
        LocalDate newDueDate,
        LocalDate originalDueDate,
        String comment) {
}
