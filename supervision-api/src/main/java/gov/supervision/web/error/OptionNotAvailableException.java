package gov.supervision.web.error;

/** A documented option that this release does not serve yet: 501, rather than silently ignoring it. */
public class OptionNotAvailableException extends RuntimeException {

    private final String option;

    public OptionNotAvailableException(String option, String message) {
        super(message);
        this.option = option;
    }

    public String option() {
        return option;
    }
}
