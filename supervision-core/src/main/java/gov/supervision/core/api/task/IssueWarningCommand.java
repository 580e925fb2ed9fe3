package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Issues a warning notice (预警通报) by hand. */
public record IssueWarningCommand(
        @TargetAggregateIdentifier String taskId,
        String warningId,
        WarningLevel level,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
