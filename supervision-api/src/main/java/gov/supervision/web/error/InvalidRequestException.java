package gov.supervision.web.error;

/** A request part outside the body (a header, a query parameter) is invalid: answered as 400 with the field. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
