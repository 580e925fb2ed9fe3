package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Decomposes a task (再分解): creates a subtask whose due date is not after its parent's. */
public record DecomposeTaskCommand(
        @TargetAggregateIdentifier String taskId,
        String subtaskId,
        TaskDetails details,
        @TargetAggregateVersion Long expectedVersion) {
}
