package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The office grants or denies an extension request. */
public record DecideExtensionCommand(
        @TargetAggregateIdentifier String taskId,
        String requestId,
        boolean approved,
        String comment,
        @TargetAggregateVersion Long expectedVersion) {
}
