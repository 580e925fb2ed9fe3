package gov.supervision.core.api.task;

/** Where a task stands in the closed loop. */
public enum TaskStatus {
    ASSIGNED,
    /** The lead department returned it (退回); it waits for the office to reassign it. */
    RETURNED,
    CLAIMED,
    IN_PROGRESS,
    COMPLETION_REQUESTED,
    COMPLETED,
    CLOSED
}
