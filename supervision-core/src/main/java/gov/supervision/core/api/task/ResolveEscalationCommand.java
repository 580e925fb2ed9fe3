package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Records the coordination decision that resolves an escalation; {@code decidesForCityGovernment} says whether the
 * directory marks the deciding leader for city-government decisions.
 */
public record ResolveEscalationCommand(
        @TargetAggregateIdentifier String taskId,
        String escalationId,
        String decision,
        @TargetAggregateVersion Long expectedVersion,
        boolean decidesForCityGovernment) {

    public ResolveEscalationCommand(String taskId, String escalationId, String decision, Long expectedVersion) {
        this(taskId, escalationId, decision, expectedVersion, false);
    }
}
