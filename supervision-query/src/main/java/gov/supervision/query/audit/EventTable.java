package gov.supervision.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.core.api.audit.EventChain;
import gov.supervision.core.api.audit.EventChain.CanonicalEvent;
import gov.supervision.core.api.common.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Axon's event table read row by row with plain JDBC: the chain covers the bytes as stored, so no serializer
 * or upcaster may stand between. Rows stream through a callback, so the store's size does not matter.
 */
@Component
class EventTable {

    private static final int FETCH_SIZE = 500;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "select aggregate_identifier, sequence_number, payload_type, "
            + "payload_revision, time_stamp, meta_data, payload from domain_event_entry ";

    private final JdbcTemplate jdbc;

    EventTable(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    /** The highest global index now; -1 for an empty store, as Axon counts positions. */
    long position() {
        Long position = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        return position == null ? -1 : position;
    }

    void readAggregate(String aggregateId, Consumer<StoredEvent> rows) {
        jdbc.query(COLUMNS + "where aggregate_identifier = ? order by sequence_number", handler(rows), aggregateId);
    }

    /** Every row up to the position, each aggregate's rows together and in sequence order. */
    void readUpTo(long position, Consumer<StoredEvent> rows) {
        jdbc.query(COLUMNS + "where global_index <= ? order by aggregate_identifier, sequence_number",
                handler(rows), position);
    }

    private static RowCallbackHandler handler(Consumer<StoredEvent> rows) {
        return resultSet -> rows.accept(row(resultSet));
    }

    private static StoredEvent row(ResultSet row) throws SQLException {
        JsonNode metaData = metaData(row.getBytes("meta_data"));
        CanonicalEvent canonical = new CanonicalEvent(
                row.getString("aggregate_identifier"),
                row.getLong("sequence_number"),
                row.getString("payload_type"),
                row.getString("payload_revision"),
                row.getString("time_stamp"),
                text(metaData, Actor.ID),
                text(metaData, Actor.NAME),
                text(metaData, Actor.ROLES),
                text(metaData, Actor.DEPARTMENT),
                row.getBytes("payload"));
        return new StoredEvent(canonical, text(metaData, EventChain.HASH), text(metaData, EventChain.PREVIOUS_HASH));
    }

    private static JsonNode metaData(byte[] json) {
        if (json == null || json.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("event metadata is not JSON", e);
        }
    }

    private static String text(JsonNode metaData, String key) {
        JsonNode value = metaData.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }
}
