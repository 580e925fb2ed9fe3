package gov.supervision.query.api.escalation;

/** Where an escalation stands: open until a decision resolves it, or until it is withdrawn without one. */
public enum EscalationStatus {
    OPEN,
    RESOLVED,
    /** Its task closed or went to another lead department first. */
    WITHDRAWN
}
