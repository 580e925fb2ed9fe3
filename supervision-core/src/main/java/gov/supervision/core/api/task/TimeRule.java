package gov.supervision.core.api.task;

/** The rules by which time itself acts on a task; recorded, with their parameters, in the events they cause. */
public enum TimeRule {
    /** The due date is near and the task is not completed: yellow. */
    DUE_SOON,
    /** The due date has passed: red, and the task is overdue. */
    OVERDUE,
    /** A milestone's date passed unreached: yellow. */
    MILESTONE_MISSED,
    /** No progress report in a cadence period: yellow; two periods in a row: red. */
    REPORT_MISSED,
    /** A red warning stayed unresolved: escalation to the leader in charge, then to the city government. */
    RED_UNRESOLVED
}
