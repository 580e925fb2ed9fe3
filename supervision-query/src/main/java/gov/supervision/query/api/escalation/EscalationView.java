package gov.supervision.query.api.escalation;

import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WithdrawalReason;

import java.time.Instant;
import java.util.Map;

/**
 * An escalation (提请协调), open, resolved with its coordination decision, or withdrawn because its task closed or
 * was reassigned ({@code status}; {@code open} is true exactly while it is {@code OPEN}). {@code raisedBy} says whether
 * the rule, the office or the department raised it, {@code raisedByName} the name of whoever did. {@code leadDepartment}
 * is the task's lead department now: a reassigned task's escalations move to its new one.
 */
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
        String raisedByName,
        Instant resolvedAt,
        String decision,
        String resolvedBy,
        EscalationStatus status,
        RaisedBy raisedBy,
        Instant withdrawnAt,
        WithdrawalReason withdrawalReason) {
}
