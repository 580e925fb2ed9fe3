package gov.supervision.core.api.assessment;

import gov.supervision.core.api.task.TaskCategory;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One version of an assessment scheme: its weights and the multipliers that weigh a category's tasks higher (a
 * category not named weighs 1), in force from {@code effectiveFrom} until the scheme's next version. Version 0 of
 * the scheme {@value #DEFAULT_ID} is built in and in force from the beginning of time.
 */
public record AssessmentScheme(
        String id,
        int version,
        Instant effectiveFrom,
        AssessmentWeights weights,
        Map<TaskCategory, Double> categoryMultipliers,
        String note) {

    public static final String DEFAULT_ID = "default";

    public static final Map<TaskCategory, Double> DEFAULT_MULTIPLIERS = Collections.unmodifiableMap(new EnumMap<>(
            Map.of(TaskCategory.RED_LINE, 1.5, TaskCategory.LEADER_INSTRUCTION, 1.5)));

    public static final AssessmentScheme BUILT_IN = new AssessmentScheme(DEFAULT_ID, 0, Instant.EPOCH,
            AssessmentWeights.DEFAULT, DEFAULT_MULTIPLIERS, "内置考核办法");

    public AssessmentScheme {
        categoryMultipliers = categoryMultipliers == null || categoryMultipliers.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(categoryMultipliers));
    }

    /** The weight of one task of the category in the scheme's rates. */
    public double multiplier(TaskCategory category) {
        return category == null ? 1 : categoryMultipliers.getOrDefault(category, 1.0);
    }
}
