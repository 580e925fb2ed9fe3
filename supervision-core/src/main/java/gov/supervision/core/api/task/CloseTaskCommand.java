package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Strikes the task off the ledger (销号) after verified completion. */
public record CloseTaskCommand(
        @TargetAggregateIdentifier String taskId,
        String comment,
        @TargetAggregateVersion Long expectedVersion) {
}
