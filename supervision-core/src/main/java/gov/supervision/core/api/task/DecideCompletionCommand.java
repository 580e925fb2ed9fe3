package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The office approves a completion request, or sends the task back to work. */
public record DecideCompletionCommand(
        @TargetAggregateIdentifier String taskId,
        String requestId,
        boolean approved,
        String comment,
        @TargetAggregateVersion Long expectedVersion) {
}
