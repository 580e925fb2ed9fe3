package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records lessons learned (复盘) after closure. */
public record RecordReviewCommand(
        @TargetAggregateIdentifier String taskId,
        String reviewId,
        String lessons,
        @TargetAggregateVersion Long expectedVersion) {
}
