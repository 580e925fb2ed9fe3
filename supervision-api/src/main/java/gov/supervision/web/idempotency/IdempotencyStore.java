package gov.supervision.web.idempotency;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/** The first answer to each (caller, Idempotency-Key), stored in the same transaction as the command's events. */
@Repository
class IdempotencyStore {

    record StoredAnswer(String requestHash, int status, String location, String contentType, String body) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<StoredAnswer> find(String callerId, String key) {
        return jdbc.query("""
                        select request_hash, status, location, content_type, body
                        from idempotency_record where caller_id = ? and idempotency_key = ?""",
                (rs, row) -> new StoredAnswer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)),
                callerId, key).stream().findFirst();
    }

    void save(String callerId, String key, StoredAnswer answer) {
        jdbc.update("""
                        insert into idempotency_record
                        (caller_id, idempotency_key, request_hash, status, location, content_type, body, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""",
                callerId, key, answer.requestHash(), answer.status(), answer.location(), answer.contentType(),
                answer.body(), Timestamp.from(clock.instant()));
    }
}
