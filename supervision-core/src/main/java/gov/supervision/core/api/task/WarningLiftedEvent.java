package gov.supervision.core.api.task;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A warning stopped being active, for the reason given; its issue stays in the history. A warning lifted by hand
 * carries the office's comment; others carry none.
 */
public record WarningLiftedEvent(
        String taskId,
        String warningId,
        WarningLevel level,
        TimeRule rule,
        LiftReason reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String comment) {

    public WarningLiftedEvent(String taskId, String warningId, WarningLevel level, TimeRule rule, LiftReason reason) {
        this(taskId, warningId, level, rule, reason, null);
    }
}
