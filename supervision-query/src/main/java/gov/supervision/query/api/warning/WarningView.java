package gov.supervision.query.api.warning;

import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningLevel;

import java.time.Instant;
import java.util.Map;

/** A warning, active or past: by hand ({@code rule} null) or by a rule of time with the parameters it applied. */
public record WarningView(
        String warningId,
        String taskId,
        String taskTitle,
        String leadDepartment,
        WarningLevel level,
        String reason,
        TimeRule rule,
        Map<String, String> ruleParameters,
        boolean active,
        Instant issuedAt,
        String issuedBy,
        Instant liftedAt,
        LiftReason liftReason) {
}
