package gov.supervision.infrastructure.idempotency;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The first answer to each (caller, principal, Idempotency-Key), stored in the same transaction as the command's
 * events, so two concurrent repeats cannot both store events: the second one's answer collides with the first one's
 * key. The principal stands for everything of the caller an answer may depend on beyond its id (its roles and
 * department): the same {@code sub} acting for another department is another caller, whose request is decided anew.
 */
@Repository
public class IdempotencyStore {

    public record StoredAnswer(String requestHash, int status, String location, String contentType, String body) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    IdempotencyStore(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Who asked: the token's subject, and a digest of the rest of the principal (at most 64 characters). */
    public record Caller(String id, String principal) {
    }

    public Optional<StoredAnswer> find(Caller caller, String key) {
        return jdbc.query("""
                        select request_hash, status, location, content_type, body from idempotency_record
                        where caller_id = ? and principal = ? and idempotency_key = ?""",
                (rs, row) -> new StoredAnswer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)),
                caller.id(), caller.principal(), key).stream().findFirst();
    }

    /**
     * Handles the request and stores its answer in one transaction. The request answers empty when it failed;
     * its work is then rolled back, as it is when it answered but rolled back (a repeat registration answered
     * 200). False when no answer was stored: after such a failure, or when a concurrent repeat stored first.
     */
    public boolean answerOnce(Caller caller, String key, Supplier<Optional<StoredAnswer>> request) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                Optional<StoredAnswer> answer = request.get();
                if (answer.isEmpty() || status.isRollbackOnly()) {
                    status.setRollbackOnly();
                    return false;
                }
                save(caller, key, answer.get());
                return true;
            }));
        } catch (DataIntegrityViolationException concurrentRepeat) {
            return false;
        }
    }

    private void save(Caller caller, String key, StoredAnswer answer) {
        jdbc.update("""
                        insert into idempotency_record (caller_id, principal, idempotency_key, request_hash, status,
                        location, content_type, body, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                caller.id(), caller.principal(), key, answer.requestHash(), answer.status(), answer.location(),
                answer.contentType(), answer.body(), Timestamp.from(clock.instant()));
    }
}
