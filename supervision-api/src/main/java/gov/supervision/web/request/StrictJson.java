package gov.supervision.web.request;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How request bodies are read: a body means one thing or is refused. One JSON value and nothing after it, no field
 * twice, each value in its own JSON type (no "50" or 50.5 for a whole number, no 1 for an enum, no "true" for a
 * boolean, no number for text), dates by {@link IsoDates}, text by {@link RequestText}.
 * <p>
 * A copy of the application's mapper, never the mapper itself: Axon's event serializer uses that one, and events
 * stored before must keep reading back exactly as they were written.
 */
final class StrictJson {

    private static final List<CoercionInputShape> NOT_A_NUMBER = List.of(CoercionInputShape.String,
            CoercionInputShape.EmptyString, CoercionInputShape.Boolean);
    private static final Map<LogicalType, List<CoercionInputShape>> REFUSED = Map.of(
            LogicalType.Integer, List.of(CoercionInputShape.String, CoercionInputShape.EmptyString,
                    CoercionInputShape.Boolean, CoercionInputShape.Float),
            LogicalType.Float, NOT_A_NUMBER,
            LogicalType.Boolean, List.of(CoercionInputShape.String, CoercionInputShape.EmptyString,
                    CoercionInputShape.Integer, CoercionInputShape.Float),
            LogicalType.Enum, List.of(CoercionInputShape.Integer, CoercionInputShape.EmptyString));

    private StrictJson() {
    }

    static ObjectMapper forRequests(ObjectMapper application) {
        ObjectMapper strict = application.copy();
        strict.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strict.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        REFUSED.forEach((type, shapes) -> shapes.forEach(shape ->
                strict.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail)));
        strict.registerModule(new SimpleModule("supervision-request-bodies")
                .addDeserializer(String.class, new RequestTextDeserializer())
                .addDeserializer(LocalDate.class, new IsoDateDeserializer()));
        return strict;
    }
}
