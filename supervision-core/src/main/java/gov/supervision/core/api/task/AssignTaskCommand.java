package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assigns a new task (交办): the supervision office turns a decision into a responsibility target. */
public record AssignTaskCommand(
        @TargetAggregateIdentifier String taskId,
        TaskDetails details) {
}
