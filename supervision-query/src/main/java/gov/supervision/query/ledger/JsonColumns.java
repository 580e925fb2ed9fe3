package gov.supervision.query.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.query.api.ledger.MilestoneView;
import gov.supervision.query.api.ledger.OpenRequestView;
import gov.supervision.query.api.ledger.ReportView;
import gov.supervision.query.api.ledger.ReturnView;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.hibernate.annotations.Immutable;

import java.util.List;
import java.util.Map;

/**
 * The ledger's JSON text columns. Its own mapper, not the application's, so that what is stored does
 * not change with web settings; unknown properties are ignored so older rows still read after a view grows.
 * <p>
 * Every converter is {@link Immutable}: the entities replace these lists and maps, never change them in place, so
 * Hibernate need not snapshot each value through a JSON round trip on load and compare it again on every flush.
 */
final class JsonColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JsonColumns() {
    }

    abstract static class Json<T> implements AttributeConverter<T, String> {

        private final TypeReference<T> type;

        Json(TypeReference<T> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(T value) {
            if (value == null) {
                return null;
            }
            try {
                return MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot write ledger column as JSON", e);
            }
        }

        @Override
        public T convertToEntityAttribute(String json) {
            if (json == null) {
                return null;
            }
            try {
                return MAPPER.readValue(json, type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot read ledger column from JSON", e);
            }
        }
    }

    @Converter
    @Immutable
    static class Strings extends Json<List<String>> {
        Strings() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    @Immutable
    static class Milestones extends Json<List<MilestoneView>> {
        Milestones() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    @Immutable
    static class OpenRequests extends Json<List<OpenRequestView>> {
        OpenRequests() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    @Immutable
    static class Report extends Json<ReportView> {
        Report() {
            super(new TypeReference<>() { });
        }
    }

    @Converter
    @Immutable
    static class Return extends Json<ReturnView> {
        Return() {
            super(new TypeReference<>() { });
        }
    }

    /** Active warnings by id, so that lifting one falls back to the most severe still active. */
    @Converter
    @Immutable
    static class Warnings extends Json<Map<String, ActiveWarning>> {
        Warnings() {
            super(new TypeReference<>() { });
        }
    }

    /** Each subtask's weight and percent by subtask id, in the order they were added. */
    @Converter
    @Immutable
    static class SubtaskShares extends Json<Map<String, SubtaskShare>> {
        SubtaskShares() {
            super(new TypeReference<>() { });
        }
    }

    /** Open escalations by id, so that resolving one can fall back to the next highest still open. */
    @Converter
    @Immutable
    static class Escalations extends Json<Map<String, EscalationLevel>> {
        Escalations() {
            super(new TypeReference<>() { });
        }
    }
}
