package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The lead department hands the task over to another responsible person (交接), with the reason. */
public record HandOverTaskCommand(
        @TargetAggregateIdentifier String taskId,
        String responsiblePerson,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
