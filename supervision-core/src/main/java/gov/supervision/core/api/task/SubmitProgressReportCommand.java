package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A lead or co-operating department reports progress, optionally a milestone reached. */
public record SubmitProgressReportCommand(
        @TargetAggregateIdentifier String taskId,
        String reportId,
        int percentComplete,
        String summary,
        String milestone,
        @TargetAggregateVersion Long expectedVersion) {
}
