package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The office lifts an active warning by hand (解除预警), with its reason. */
public record LiftWarningCommand(
        @TargetAggregateIdentifier String taskId,
        String warningId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
