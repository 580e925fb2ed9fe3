package gov.supervision.core.api.task;

/** Where a task stands in the closed loop. */
public enum TaskStatus {
    ASSIGNED,
    CLAIMED,
    IN_PROGRESS,
    COMPLETION_REQUESTED,
    COMPLETED,
    CLOSED
}
