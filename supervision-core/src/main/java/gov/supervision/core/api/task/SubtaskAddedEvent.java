package gov.supervision.core.api.task;

import java.time.LocalDate;

/** The parent side of a decomposition: the parent now knows the child. */
public record SubtaskAddedEvent(String taskId, String subtaskId, LocalDate dueDate) {
}
