package gov.supervision.core.api.task;

/** Why a warning stopped being active. */
public enum LiftReason {
    COMPLETED,
    EXTENSION_GRANTED,
    REPORT_RECEIVED,
    MILESTONE_REACHED
}
