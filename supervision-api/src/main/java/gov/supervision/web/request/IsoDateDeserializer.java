package gov.supervision.web.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import gov.supervision.web.error.InvalidBodyValueException;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Every date of a request body, by {@link IsoDates}: a JSON string only. Jackson's own reading also takes a number
 * as days since 1970, so that 20271231 became a date in the year 57470.
 */
final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {

    IsoDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            try {
                return IsoDates.parse(parser.getText());
            } catch (DateTimeException e) {
                // answered below
            }
        }
        throw new InvalidBodyValueException(parser, LocalDate.class, IsoDates.EXPECTED);
    }
}
