package gov.supervision.core.api.task;

/** The rules by which time itself acts on a task; recorded, with their parameters, in the events they cause. */
public enum TimeRule {
    /** The due date is near and the task is not completed: yellow. */
    DUE_SOON,
    /** The due date has passed: red, and the task is overdue. */
    OVERDUE,
    /** A milestone's date passed unreached: yellow. */
    MILESTONE_MISSED,
    /**
     * A reporting period passed without a progress report: yellow for the first in a row, red from the second;
     * under the rules of 1.1 one warning for every calendar period missed.
     */
    REPORT_MISSED,
    /** The task was not claimed within the claim limit (working days): yellow, and red two working days later. */
    NOT_CLAIMED,
    /** An urging notice's answer date passed without a progress report: yellow. */
    URGING_UNANSWERED,
    /** A red warning stayed unresolved: escalation to the leader in charge, then to the city government. */
    RED_UNRESOLVED
}
