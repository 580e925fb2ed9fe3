package gov.supervision.core.api.common;

/** The roles a token may carry; see docs/domain.md "Who uses it". */
public enum Role {
    SUPERVISOR,
    LEADER,
    DEPARTMENT,
    AUDITOR,
    SYSTEM
}
