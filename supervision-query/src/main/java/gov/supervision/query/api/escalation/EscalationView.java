package gov.supervision.query.api.escalation;

import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.TimeRule;

import java.time.Instant;
import java.util.Map;

/** An escalation (提请协调), open or resolved with its coordination decision. */
public record EscalationView(
        String escalationId,
        String taskId,
        String taskTitle,
        String leaderInCharge,
        String leadDepartment,
        EscalationLevel level,
        String reason,
        TimeRule rule,
        Map<String, String> ruleParameters,
        boolean open,
        Instant raisedAt,
        String raisedBy,
        Instant resolvedAt,
        String decision,
        String resolvedBy) {
}
