package gov.supervision.core.api.task;

/** An open escalation was withdrawn without a decision, because its task closed or went to another department. */
public record EscalationWithdrawnEvent(
        String taskId,
        String escalationId,
        EscalationLevel level,
        WithdrawalReason reason) {
}
