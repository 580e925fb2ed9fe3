package gov.supervision.query.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.core.api.audit.EventChain;
import gov.supervision.core.api.common.Actor;
import gov.supervision.query.QueryFixtures.StoredEvents;
import gov.supervision.query.api.audit.ChainVerification;
import gov.supervision.query.api.audit.VerifyTaskChainQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import static gov.supervision.query.QueryFixtures.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

@EventTableOnH2
class TaskChainVerificationTest {

    private static final String TASK = "task-1";

    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcTemplate jdbc;

    private AuditQueries audit;
    private StoredEvents events;
    private String lastHash;

    @BeforeEach
    void storeATaskOfFourEventsBesideAnother() {
        audit = new AuditQueries(new EventTable(dataSource), Clock.systemUTC());
        events = new StoredEvents(jdbc);
        events.task(TASK, "TaskAssignedEvent", "{\"taskId\":\"task-1\",\"details\":{\"title\":\"城东老旧小区改造\"}}");
        events.task("task-2", "TaskAssignedEvent", "{\"taskId\":\"task-2\"}");
        events.task(TASK, "TaskClaimedEvent", "{\"taskId\":\"task-1\",\"responsiblePerson\":\"李主任\"}");
        events.task(TASK, "ProgressReportedEvent", "{\"taskId\":\"task-1\",\"percentComplete\":30}");
        lastHash = events.task(TASK, "ProgressReportedEvent", "{\"taskId\":\"task-1\",\"percentComplete\":60}");
    }

    private ChainVerification verify() {
        return audit.handle(new VerifyTaskChainQuery(TASK));
    }

    private void assertBrokenAt(long sequence, long eventsRead) {
        ChainVerification verification = verify();
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstInvalidSequence()).isEqualTo(sequence);
        assertThat(verification.events()).isEqualTo(eventsRead);
    }

    @Test
    void untouchedChainIsValidAndEndsInItsLastEventsHash() {
        ChainVerification verification = verify();

        assertThat(verification).isEqualTo(new ChainVerification(TASK, 4, true, null, lastHash));
    }

    @Test
    void changedPayloadIsNamedByItsSequence() {
        jdbc.update("update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = 2",
                "{\"taskId\":\"task-1\",\"percentComplete\":90}".getBytes(StandardCharsets.UTF_8), TASK);

        assertBrokenAt(2, 4);
    }

    @Test
    void changedActorInTheMetadataIsNamedByItsSequence() throws IOException {
        Map<String, String> metaData = storedMetaData(1);
        metaData.put(Actor.NAME, "冒名者");
        jdbc.update("update domain_event_entry set meta_data = ? where aggregate_identifier = ? and sequence_number = 1",
                StoredEvents.json(metaData), TASK);

        assertBrokenAt(1, 4);
    }

    @Test
    void changedTimestampIsNamedByItsSequence() {
        jdbc.update("update domain_event_entry set time_stamp = ? where aggregate_identifier = ? and sequence_number = 3",
                "2022-12-31T09:00:00.000Z", TASK);

        assertBrokenAt(3, 4);
    }

    @Test
    void deletedEventInTheMiddleIsNamedAsTheMissingSequence() {
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 1", TASK);

        assertBrokenAt(1, 3);
    }

    @Test
    void deletedFirstEventBreaksTheChainAtZero() {
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 0", TASK);

        assertBrokenAt(0, 3);
    }

    @Test
    void swappedSequenceNumbersBreakTheChainAtTheEarlierOne() {
        swapSequences(1, 2);

        assertBrokenAt(1, 4);
    }

    @Test
    void eventRehashedAfterTamperingIsCaughtByTheNextEventsLink() throws IOException {
        byte[] forged = "{\"taskId\":\"task-1\",\"percentComplete\":90}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> metaData = storedMetaData(2);
        String timestamp = jdbc.queryForObject("select time_stamp from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = 2", String.class, TASK);
        metaData.put(EventChain.HASH, EventChain.hash(metaData.get(EventChain.PREVIOUS_HASH),
                new EventChain.CanonicalEvent(TASK, 2, "gov.supervision.core.api.task.ProgressReportedEvent", null,
                        timestamp, SUPERVISOR.id(), SUPERVISOR.name(), "SUPERVISOR", null, forged)));
        jdbc.update("update domain_event_entry set payload = ?, meta_data = ? "
                + "where aggregate_identifier = ? and sequence_number = 2", forged, StoredEvents.json(metaData), TASK);

        assertBrokenAt(3, 4);
    }

    @Test
    void anotherTasksTamperingLeavesThisChainValid() {
        jdbc.update("update domain_event_entry set payload = ? where aggregate_identifier = 'task-2'",
                "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(verify().valid()).isTrue();
        assertThat(audit.handle(new VerifyTaskChainQuery("task-2")).firstInvalidSequence()).isZero();
    }

    @Test
    void unknownTaskHasNoEventsAndNoHead() {
        assertThat(audit.handle(new VerifyTaskChainQuery("no-such-task")))
                .isEqualTo(new ChainVerification("no-such-task", 0, true, null, null));
    }

    private Map<String, String> storedMetaData(long sequence) throws IOException {
        byte[] json = jdbc.queryForObject("select meta_data from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = ?", byte[].class, TASK, sequence);
        return new ObjectMapper().readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
    }

    // The unique key on (aggregate, sequence) wants a free number in between, as a tamperer would use.
    private void swapSequences(long one, long other) {
        String sql = "update domain_event_entry set sequence_number = ? where aggregate_identifier = ? and sequence_number = ?";
        jdbc.update(sql, -1, TASK, one);
        jdbc.update(sql, one, TASK, other);
        jdbc.update(sql, other, TASK, -1);
    }
}
