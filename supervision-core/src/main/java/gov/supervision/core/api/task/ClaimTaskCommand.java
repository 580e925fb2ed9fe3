package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The lead department claims its task (对号入座) and names the responsible person. */
public record ClaimTaskCommand(
        @TargetAggregateIdentifier String taskId,
        String responsiblePerson,
        @TargetAggregateVersion Long expectedVersion) {
}
