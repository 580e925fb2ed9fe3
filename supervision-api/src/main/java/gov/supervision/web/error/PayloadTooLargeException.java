package gov.supervision.web.error;

/** The request body is larger than {@code supervision.web.max-body-size}. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limitBytes) {
        super("The body is larger than " + limitBytes + " bytes.");
    }
}
