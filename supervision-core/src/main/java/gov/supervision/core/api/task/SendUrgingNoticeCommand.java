package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Sends an urging notice (催办), optionally with the date by which the department must answer. */
public record SendUrgingNoticeCommand(
        @TargetAggregateIdentifier String taskId,
        String urgingId,
        String message,
        LocalDate respondBy,
        @TargetAggregateVersion Long expectedVersion) {
}
