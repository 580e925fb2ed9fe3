package gov.supervision.core.api.assessment;

import gov.supervision.core.api.task.TaskCategory;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

/**
 * Records a new version of an assessment scheme, in force from now on: a year already cut off keeps the version it
 * was scored by. The same weights and multipliers as the version in force record nothing.
 */
public record SetAssessmentSchemeCommand(
        @TargetAggregateIdentifier String registerId,
        String schemeId,
        AssessmentWeights weights,
        Map<TaskCategory, Double> categoryMultipliers,
        String note) {

    public SetAssessmentSchemeCommand {
        categoryMultipliers = categoryMultipliers == null ? Map.of() : Map.copyOf(categoryMultipliers);
    }
}
