package gov.supervision.infrastructure.feed;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What was sent, or is still to be sent, to a subscription: its deliveries, newest first. */
@Component
public class WebhookDeliveries {

    /**
     * One event for one subscription: how often it was attempted, the receiver's last answer (its HTTP status, or
     * what went wrong without one), when it is attempted next, and where it stands.
     */
    public record Delivery(String eventId, String taskId, long sequence, String type, DeliveryStatus status,
                           int attempts, Integer lastStatus, String lastError, Instant createdAt,
                           Instant nextAttemptAt, Instant deliveredAt) {
    }

    public record Page(List<Delivery> items, int page, int size, long total) {
    }

    private final JdbcTemplate jdbc;

    WebhookDeliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of a subscription's deliveries, in all statuses or in {@code status}. */
    public Page of(String subscriptionId, DeliveryStatus status, int page, int size) {
        List<Object> arguments = new ArrayList<>(List.of(subscriptionId));
        String where = " where subscription_id = ?";
        if (status != null) {
            where += " and status = ?";
            arguments.add(status.name());
        }
        Long total = jdbc.queryForObject("select count(*) from webhook_delivery" + where, Long.class,
                arguments.toArray());
        arguments.add((long) page * size);
        arguments.add(size);
        List<Delivery> items = jdbc.query("select event_id, task_id, sequence, type, status, attempts, last_status, "
                        + "last_error, created_at, next_attempt_at, delivered_at from webhook_delivery" + where
                        + " order by delivery_id desc offset ? rows fetch next ? rows only",
                (rs, i) -> new Delivery(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        DeliveryStatus.valueOf(rs.getString(5)), rs.getInt(6),
                        rs.getObject(7) == null ? null : rs.getInt(7), rs.getString(8), instant(rs.getTimestamp(9)),
                        waiting(rs.getString(5)) ? instant(rs.getTimestamp(10)) : null, instant(rs.getTimestamp(11))),
                arguments.toArray());
        return new Page(items, page, size, total == null ? 0 : total);
    }

    private static boolean waiting(String status) {
        return DeliveryStatus.PENDING.name().equals(status) || DeliveryStatus.RETRYING.name().equals(status);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
