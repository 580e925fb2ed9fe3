package gov.supervision.core.api.assessment;

import gov.supervision.core.api.task.TaskCategory;

import java.util.Map;

/**
 * The office recorded a version of an assessment scheme, in force from the instant of this event until the
 * scheme's next version. Versions count from 1 for each scheme (version 0 of the default scheme is built in).
 */
public record AssessmentSchemeVersionedEvent(
        String registerId,
        String schemeId,
        int version,
        AssessmentWeights weights,
        Map<TaskCategory, Double> categoryMultipliers,
        String note) {

    public AssessmentSchemeVersionedEvent {
        categoryMultipliers = categoryMultipliers == null ? Map.of() : Map.copyOf(categoryMultipliers);
    }
}
