package gov.supervision.query.api.escalation;

/**
 * Who raised an escalation: the rule of time (an unresolved red warning), the supervision office by hand, or the
 * lead department asking for coordination itself (提请协调), which the assessment does not count against it.
 */
public enum RaisedBy {
    RULE,
    SUPERVISOR,
    DEPARTMENT
}
