package gov.supervision.core.api.task;

/** Why an open escalation was withdrawn. */
public enum WithdrawalReason {
    /** The task was struck off. */
    TASK_CLOSED,
    /** The task went to another lead department. */
    REASSIGNED
}
