package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The leader in charge explains why the task is unfinished at year end (年底对照检查). */
public record RecordYearEndExplanationCommand(
        @TargetAggregateIdentifier String taskId,
        int year,
        String explanation,
        @TargetAggregateVersion Long expectedVersion) {
}
