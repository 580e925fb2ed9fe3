package gov.supervision.web.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import gov.supervision.web.error.InvalidBodyValueException;

import java.io.IOException;

/** Every string of a request body, read by {@link RequestText}'s rule; a number or boolean is not text. */
final class RequestTextDeserializer extends StdScalarDeserializer<String> {

    RequestTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            throw new InvalidBodyValueException(parser, String.class, "must be text (a JSON string)");
        }
        String text = parser.getText();
        String problem = RequestText.problem(text);
        if (problem != null) {
            throw new InvalidBodyValueException(parser, String.class, problem);
        }
        return RequestText.normalised(text);
    }
}
