package gov.supervision.web.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A value of a JSON body that the API's own reading refuses (a date not in the form 2023-03-31, text with control
 * characters): answered as 400 naming the field by its path in the body, with {@link #reason()} as the message.
 */
public class InvalidBodyValueException extends MismatchedInputException {

    public InvalidBodyValueException(JsonParser parser, Class<?> targetType, String reason) {
        super(parser, reason, targetType);
    }

    /** What the field must be, for the client: "must be a date like 2023-03-31". */
    public String reason() {
        return getOriginalMessage();
    }
}
