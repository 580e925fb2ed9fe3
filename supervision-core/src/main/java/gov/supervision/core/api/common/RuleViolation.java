package gov.supervision.core.api.common;

/**
 * Every reason the closed loop refuses a command. The name is the {@code code} clients see; the kind
 * decides the answer (400 for a department or leader the directory does not know, 409 for a rule of the loop, 403
 * for a department or leader acting on another's task, 404 for an unknown request or escalation).
 */
public enum RuleViolation {
    TASK_CLOSED(Kind.CONFLICT),
    TASK_COMPLETED(Kind.CONFLICT),
    TASK_NOT_CLAIMED(Kind.CONFLICT),
    TASK_ALREADY_CLAIMED(Kind.CONFLICT),
    TASK_RETURNED(Kind.CONFLICT),
    TASK_NOT_REASSIGNABLE(Kind.CONFLICT),
    SAME_LEAD_DEPARTMENT(Kind.CONFLICT),
    WARNING_NOT_ACTIVE(Kind.CONFLICT),
    TASK_NOT_CLOSED(Kind.CONFLICT),
    DUE_DATE_IN_PAST(Kind.CONFLICT),
    MILESTONE_AFTER_DUE_DATE(Kind.CONFLICT),
    DUPLICATE_MILESTONE(Kind.CONFLICT),
    UNKNOWN_MILESTONE(Kind.CONFLICT),
    MILESTONE_ALREADY_REACHED(Kind.CONFLICT),
    SUBTASK_DUE_AFTER_PARENT(Kind.CONFLICT),
    SUBTASKS_OPEN(Kind.CONFLICT),
    LEAD_DEPARTMENT_ALSO_COOPERATING(Kind.CONFLICT),
    ESCALATION_AT_TOP_LEVEL(Kind.CONFLICT),
    ESCALATION_ALREADY_RESOLVED(Kind.CONFLICT),
    EXTENSION_ALREADY_PENDING(Kind.CONFLICT),
    EXTENSION_NOT_LATER(Kind.CONFLICT),
    COMPLETION_ALREADY_REQUESTED(Kind.CONFLICT),
    COMPLETION_NOT_APPROVED(Kind.CONFLICT),
    REQUEST_ALREADY_DECIDED(Kind.CONFLICT),
    YEAR_OUT_OF_RANGE(Kind.CONFLICT),
    INSPECTION_IN_FUTURE(Kind.CONFLICT),
    DIRECTORY_NAME_TAKEN(Kind.CONFLICT),
    DEPARTMENT_INACTIVE(Kind.CONFLICT),
    UNKNOWN_DEPARTMENT(Kind.INVALID),
    UNKNOWN_LEADER(Kind.INVALID),
    CALENDAR_YEAR_INVALID(Kind.INVALID),
    /** A weight that is negative or not a number, or a category multiplier outside (0, 10]. */
    ASSESSMENT_SCHEME_INVALID(Kind.INVALID),
    /** Only a due-diligence exemption names failures it excuses, and it names at least one. */
    EXEMPTS_INVALID(Kind.INVALID),
    NOT_LEAD_DEPARTMENT(Kind.FORBIDDEN),
    NOT_TASK_DEPARTMENT(Kind.FORBIDDEN),
    NOT_LEADER_IN_CHARGE(Kind.FORBIDDEN),
    NOT_CITY_GOVERNMENT_LEADER(Kind.FORBIDDEN),
    UNKNOWN_ESCALATION(Kind.NOT_FOUND),
    UNKNOWN_REQUEST(Kind.NOT_FOUND),
    UNKNOWN_WARNING(Kind.NOT_FOUND);

    public enum Kind { INVALID, CONFLICT, FORBIDDEN, NOT_FOUND }

    private final Kind kind;

    RuleViolation(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
