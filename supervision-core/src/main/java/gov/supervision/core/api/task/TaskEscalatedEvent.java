package gov.supervision.core.api.task;

import java.util.Map;

/** The task was escalated one level: by hand (rule null) or because a red warning stayed unresolved. */
public record TaskEscalatedEvent(
        String taskId,
        String escalationId,
        EscalationLevel level,
        String reason,
        TimeRule rule,
        Map<String, String> ruleParameters) {
}
