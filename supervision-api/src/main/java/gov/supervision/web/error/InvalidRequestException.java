package gov.supervision.web.error;

/**
 * A part of the request is invalid (a header, a query parameter, or a name the directory does not know): answered
 * as 400 with the field, and with a {@code code} when clients must tell the reason apart.
 */
public class InvalidRequestException extends RuntimeException {

    private final String code;
    private final String field;

    public InvalidRequestException(String field, String message) {
        this(null, field, message);
    }

    public InvalidRequestException(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
