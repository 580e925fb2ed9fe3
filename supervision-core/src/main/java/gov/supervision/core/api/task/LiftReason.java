package gov.supervision.core.api.task;

/** Why a warning stopped being active. */
public enum LiftReason {
    COMPLETED,
    EXTENSION_GRANTED,
    REPORT_RECEIVED,
    MILESTONE_REACHED,
    /** The office lifted it by hand, with a reason. */
    LIFTED_BY_HAND,
    /** A progress report arrived after missed periods: the shortfall is made up. */
    REPORTING_RESUMED,
    /** The task was claimed. */
    CLAIMED,
    /** A progress report answered the urging notice. */
    URGING_ANSWERED,
    /** Completion was requested before the due date. */
    COMPLETION_REQUESTED,
    /** The lead department returned the task. */
    RETURNED,
    /** The task went to another lead department. */
    REASSIGNED
}
