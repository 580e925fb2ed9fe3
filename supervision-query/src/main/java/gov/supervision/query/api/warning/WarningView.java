package gov.supervision.query.api.warning;

import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningLevel;

import java.time.Instant;
import java.util.Map;

/**
 * A warning, active or past: by hand ({@code rule} null) or by a rule of time with the parameters it applied. A
 * lifted warning shows when and why, and for a lift by hand the office's {@code liftComment}. {@code period} is the
 * reporting period a {@code REPORT_MISSED} warning of the rules of 1.1 was issued for ({@code 2023-W10},
 * {@code 2023-03}, {@code 2023-Q1}); null for every other warning. {@code leadDepartment} is the task's lead
 * department now: a reassigned task's warnings move to its new one.
 */
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
        LiftReason liftReason,
        String liftComment,
        String period) {

    /** A warning without a lift comment nor a reporting period, as warnings were shown before the rules of 1.1. */
    public WarningView(String warningId, String taskId, String taskTitle, String leadDepartment, WarningLevel level,
                       String reason, TimeRule rule, Map<String, String> ruleParameters, boolean active,
                       Instant issuedAt, String issuedBy, Instant liftedAt, LiftReason liftReason) {
        this(warningId, taskId, taskTitle, leadDepartment, level, reason, rule, ruleParameters, active, issuedAt,
                issuedBy, liftedAt, liftReason, null, null);
    }
}
