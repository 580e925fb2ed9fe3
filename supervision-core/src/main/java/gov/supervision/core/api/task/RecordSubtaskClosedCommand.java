package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tells a parent that one of its subtasks was closed; sent by the subtask policy, not by clients. */
public record RecordSubtaskClosedCommand(
        @TargetAggregateIdentifier String taskId,
        String subtaskId) {
}
