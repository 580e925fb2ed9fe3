package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records the coordination decision that resolves an escalation. */
public record ResolveEscalationCommand(
        @TargetAggregateIdentifier String taskId,
        String escalationId,
        String decision,
        @TargetAggregateVersion Long expectedVersion) {
}
