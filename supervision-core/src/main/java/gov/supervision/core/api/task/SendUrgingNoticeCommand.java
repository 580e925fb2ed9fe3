package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sends an urging notice (催办). */
public record SendUrgingNoticeCommand(
        @TargetAggregateIdentifier String taskId,
        String urgingId,
        String message,
        @TargetAggregateVersion Long expectedVersion) {
}
