package gov.supervision.query.audit;

import gov.supervision.core.api.audit.EventChain;
import gov.supervision.core.api.common.Actor;
import gov.supervision.query.QueryFixtures.StoredEvents;
import gov.supervision.query.api.audit.ChainVerification;
import gov.supervision.query.api.audit.CurrentDigestQuery;
import gov.supervision.query.api.audit.DigestVerification;
import gov.supervision.query.api.audit.LedgerDigest;
import gov.supervision.query.api.audit.VerifyDigestQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static gov.supervision.query.QueryFixtures.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@EventTableOnH2
class LedgerDigestTest {

    private static final Instant NOW = Instant.parse("2023-07-01T08:00:00Z");
    private static final String INSPECTION = "inspection-1";

    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcTemplate jdbc;

    private AuditQueries audit;
    private StoredEvents events;
    private String headOfTaskA;
    private String headOfTaskB;
    private String headOfInspection;

    @BeforeEach
    void storeTwoTasksAndAnInspection() {
        audit = new AuditQueries(new EventTable(dataSource), Clock.fixed(NOW, ZoneOffset.UTC));
        events = new StoredEvents(jdbc);
        events.task("task-b", "TaskAssignedEvent", "{\"taskId\":\"task-b\"}");
        events.task("task-a", "TaskAssignedEvent", "{\"taskId\":\"task-a\"}");
        headOfInspection = events.append(INSPECTION, "gov.supervision.core.api.inspection.InspectionRecordedEvent",
                "{\"inspectionId\":\"inspection-1\"}", new Actor("u-3", "审计员", SUPERVISOR.roles(), null));
        events.task("task-a", "TaskClaimedEvent", "{\"taskId\":\"task-a\"}");
        headOfTaskB = events.task("task-b", "TaskClaimedEvent", "{\"taskId\":\"task-b\"}");
        headOfTaskA = events.task("task-a", "ProgressReportedEvent", "{\"taskId\":\"task-a\",\"percentComplete\":50}");
    }

    private LedgerDigest digest() {
        return audit.handle(new CurrentDigestQuery());
    }

    private DigestVerification verify(LedgerDigest digest) {
        return audit.handle(new VerifyDigestQuery(digest.root(), digest.events(), digest.position()));
    }

    @Test
    void digestIsTheMerkleRootOfEveryAggregatesHeadInIdOrder() {
        String a = EventChain.sha256Hex("task-a", ":", "2", ":", headOfTaskA);
        String b = EventChain.sha256Hex("task-b", ":", "1", ":", headOfTaskB);
        String inspection = EventChain.sha256Hex(INSPECTION, ":", "0", ":", headOfInspection);

        LedgerDigest digest = digest();

        // Leaves in id order (inspection-1, task-a, task-b); the odd third is carried up unchanged.
        assertThat(digest.root()).isEqualTo(EventChain.sha256Hex(EventChain.sha256Hex(inspection, a), b));
        assertThat(digest.tasks()).isEqualTo(3);
        assertThat(digest.events()).isEqualTo(6);
        assertThat(digest.position()).isEqualTo(6);
        assertThat(digest.createdAt()).isEqualTo(NOW);
    }

    @Test
    void digestStaysTheSameWhileNothingChanges() {
        LedgerDigest first = digest();

        assertThat(digest()).isEqualTo(first);
        assertThat(verify(first).valid()).isTrue();
        assertThat(verify(first).brokenChains()).isEmpty();
    }

    @Test
    void digestStillVerifiesAfterEventsAreAppendedBeyondItsPosition() {
        LedgerDigest digest = digest();
        events.task("task-a", "TaskClosedEvent", "{\"taskId\":\"task-a\"}");
        events.task("task-c", "TaskAssignedEvent", "{\"taskId\":\"task-c\"}");

        DigestVerification verification = verify(digest);

        assertThat(verification.valid()).isTrue();
        assertThat(verification.actualRoot()).isEqualTo(digest.root());
        assertThat(verification.actualEvents()).isEqualTo(6);
        assertThat(digest().root()).isNotEqualTo(digest.root());
    }

    @Test
    void truncatedTailOfATaskInvalidatesTheDigestWithEveryChainStillValid() {
        LedgerDigest digest = digest();
        jdbc.update("delete from domain_event_entry where aggregate_identifier = 'task-a' and sequence_number = 2");

        DigestVerification verification = verify(digest);

        assertThat(verification.valid()).isFalse();
        assertThat(verification.expectedRoot()).isEqualTo(digest.root());
        assertThat(verification.actualRoot()).isNotEqualTo(digest.root());
        assertThat(verification.expectedEvents()).isEqualTo(6);
        assertThat(verification.actualEvents()).isEqualTo(5);
        assertThat(verification.brokenChains()).isEmpty();
    }

    @Test
    void taskRemovedWholeInvalidatesTheDigestWithEveryChainStillValid() {
        LedgerDigest digest = digest();
        jdbc.update("delete from domain_event_entry where aggregate_identifier = 'task-b'");

        DigestVerification verification = verify(digest);

        assertThat(verification.valid()).isFalse();
        assertThat(verification.brokenChains()).isEmpty();
    }

    @Test
    void tamperedPayloadInvalidatesTheDigestAndNamesTheTaskAndSequence() {
        LedgerDigest digest = digest();
        jdbc.update("update domain_event_entry set payload = ? where aggregate_identifier = 'task-a' and sequence_number = 1",
                "{\"taskId\":\"task-x\"}".getBytes(StandardCharsets.UTF_8));

        DigestVerification verification = verify(digest);

        assertThat(verification.valid()).isFalse();
        assertThat(verification.actualEvents()).isEqualTo(6);
        assertThat(verification.brokenChains()).extracting(ChainVerification::taskId, ChainVerification::firstInvalidSequence)
                .containsExactly(tuple("task-a", 1L));
    }

    @Test
    void tamperedInspectionIsNamedToo() {
        LedgerDigest digest = digest();
        jdbc.update("update domain_event_entry set payload = ? where aggregate_identifier = ?",
                "{\"inspectionId\":\"other\"}".getBytes(StandardCharsets.UTF_8), INSPECTION);

        assertThat(verify(digest).brokenChains()).extracting(ChainVerification::taskId).containsExactly(INSPECTION);
    }

    @Test
    void forgedRootDoesNotVerify() {
        LedgerDigest digest = digest();

        DigestVerification verification = audit.handle(
                new VerifyDigestQuery(EventChain.sha256Hex("forged"), digest.events(), digest.position()));

        assertThat(verification.valid()).isFalse();
        assertThat(verification.actualRoot()).isEqualTo(digest.root());
    }

    @Test
    void emptyStoreHasTheRootOfNoLeavesBeforeTheFirstPosition() {
        jdbc.update("delete from domain_event_entry");

        LedgerDigest digest = digest();

        assertThat(digest).isEqualTo(new LedgerDigest(EventChain.sha256Hex(""), 0, 0, -1, NOW));
        assertThat(verify(digest).valid()).isTrue();
    }
}
