package gov.supervision.web.error;

/** The id names nothing the caller may see: answered as 404 with a code. */
public class NotFoundException extends RuntimeException {

    private final String code;

    public NotFoundException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
