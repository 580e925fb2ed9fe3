package gov.supervision.web.error;

/** The caller may not see or do this: answered as 403 with a code. */
public class ForbiddenException extends RuntimeException {

    private final String code;

    public ForbiddenException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
