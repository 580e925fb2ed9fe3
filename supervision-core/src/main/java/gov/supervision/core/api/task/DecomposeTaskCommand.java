package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Decomposes a task (再分解): creates a subtask whose due date is not after its parent's, with an optional
 * weight in the parent's progress (equal weights when none is given).
 */
public record DecomposeTaskCommand(
        @TargetAggregateIdentifier String taskId,
        String subtaskId,
        TaskDetails details,
        Integer weight,
        @TargetAggregateVersion Long expectedVersion) {

    public DecomposeTaskCommand(String taskId, String subtaskId, TaskDetails details, Long expectedVersion) {
        this(taskId, subtaskId, details, null, expectedVersion);
    }
}
