package gov.supervision.query.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.hibernate.annotations.Immutable;

import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters a rule of time applied (e.g. days before the due date), as JSON text. Its own mapper,
 * not the application's, so that what is stored does not change with web settings.
 */
@Converter
@Immutable
public class RuleParametersColumn implements AttributeConverter<Map<String, String>, String> {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, String>> TYPE = new TypeReference<>() { };

    @Override
    public String convertToDatabaseColumn(Map<String, String> parameters) {
        if (parameters == null) {
            return null;
        }
        try {
            // Sorted, so the same parameters are always the same text.
            return MAPPER.writeValueAsString(new TreeMap<>(parameters));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write rule parameters as JSON", e);
        }
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read rule parameters from JSON", e);
        }
    }
}
