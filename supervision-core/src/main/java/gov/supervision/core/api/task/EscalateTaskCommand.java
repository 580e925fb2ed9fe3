package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Escalates one level (提请协调): to the leader in charge, then to the city government. */
public record EscalateTaskCommand(
        @TargetAggregateIdentifier String taskId,
        String escalationId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
