package gov.supervision.infrastructure.feed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The register of webhook subscriptions, in the database every node shares. */
@Component
public class WebhookSubscriptions {

    private static final String COLUMNS = "subscription_id, url, event_types, departments, secret, created_at, "
            + "created_by, from_position, cancelled_at";
    private static final TypeReference<List<String>> TYPES = new TypeReference<>() {
    };
    private static final TypeReference<List<WebhookSubscription.Department>> DEPARTMENTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final EventStore eventStore;
    private final RowMapper<WebhookSubscription> rows;

    WebhookSubscriptions(JdbcTemplate jdbc, ObjectMapper json, EventStore eventStore) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.json = json;
        this.rows = (rs, i) -> new WebhookSubscription(rs.getString(1), rs.getString(2), read(rs.getString(3), TYPES),
                read(rs.getString(4), DEPARTMENTS), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7),
                rs.getLong(8), rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant());
    }

    /** Records a new subscription, which receives the events stored from now on. */
    public WebhookSubscription subscribe(String url, List<String> eventTypes,
                                         List<WebhookSubscription.Department> departments, String secret,
                                         Instant at, String createdBy) {
        TrackingToken head = eventStore.createHeadToken();
        long fromPosition = head == null ? -1 : head.position().orElse(-1);
        WebhookSubscription subscription = new WebhookSubscription(UUID.randomUUID().toString(), url, eventTypes,
                departments, secret, at, createdBy, fromPosition, null);
        jdbc.update("insert into webhook_subscription (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                subscription.subscriptionId(), subscription.url(), text(subscription.eventTypes()),
                text(subscription.departments()), subscription.secret(), Timestamp.from(subscription.createdAt()),
                subscription.createdBy(), fromPosition, null);
        return subscription;
    }

    /** Every subscription, cancelled ones too, oldest first. */
    public List<WebhookSubscription> all() {
        return jdbc.query("select " + COLUMNS + " from webhook_subscription order by created_at, subscription_id",
                rows);
    }

    public Optional<WebhookSubscription> find(String subscriptionId) {
        return jdbc.query("select " + COLUMNS + " from webhook_subscription where subscription_id = ?", rows,
                subscriptionId).stream().findFirst();
    }

    /** Those not cancelled. */
    List<WebhookSubscription> active() {
        return jdbc.query("select " + COLUMNS + " from webhook_subscription where cancelled_at is null", rows);
    }

    /** Cancels a subscription: no further event is enqueued or sent to it. Answers whether it was active. */
    public boolean cancel(String subscriptionId, Instant at) {
        return jdbc.update("update webhook_subscription set cancelled_at = ? where subscription_id = ? "
                + "and cancelled_at is null", Timestamp.from(at), subscriptionId) == 1;
    }

    private String text(List<?> values) {
        return FeedJson.write(json, values);
    }

    private <T> List<T> read(String text, TypeReference<List<T>> type) {
        return FeedJson.read(json, text, type);
    }
}
