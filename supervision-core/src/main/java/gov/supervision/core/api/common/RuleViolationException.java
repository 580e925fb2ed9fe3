package gov.supervision.core.api.common;

/** A rule of the closed loop forbids the command now; nothing was stored. */
public class RuleViolationException extends RuntimeException {

    private final RuleViolation violation;

    public RuleViolationException(RuleViolation violation, String detail) {
        super(detail);
        this.violation = violation;
    }

    public RuleViolation violation() {
        return violation;
    }

    public String code() {
        return violation.name();
    }
}
