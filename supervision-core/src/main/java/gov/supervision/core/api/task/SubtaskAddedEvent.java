package gov.supervision.core.api.task;

import java.time.LocalDate;

/**
 * The parent side of a decomposition: the parent now knows the child, and the child's weight in the parent's
 * progress ({@code null}: the same weight as every subtask without one, i.e. 1).
 */
public record SubtaskAddedEvent(String taskId, String subtaskId, LocalDate dueDate, Integer weight) {

    public SubtaskAddedEvent(String taskId, String subtaskId, LocalDate dueDate) {
        this(taskId, subtaskId, dueDate, null);
    }
}
