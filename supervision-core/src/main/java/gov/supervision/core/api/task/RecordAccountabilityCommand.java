package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records admonishment, accountability or commendation (激励约束). */
public record RecordAccountabilityCommand(
        @TargetAggregateIdentifier String taskId,
        String recordId,
        AccountabilityType type,
        String subject,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
