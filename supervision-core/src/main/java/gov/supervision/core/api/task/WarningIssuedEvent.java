package gov.supervision.core.api.task;

import java.util.Map;

/** A warning was issued: by hand (rule null) or by a rule of time, with the parameters it applied. */
public record WarningIssuedEvent(
        String taskId,
        String warningId,
        WarningLevel level,
        String reason,
        TimeRule rule,
        Map<String, String> ruleParameters) {
}
