package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.core.api.audit.EventChain;
import gov.supervision.core.api.audit.EventChain.CanonicalEvent;
import gov.supervision.core.api.task.UrgingNoticeSentEvent;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static gov.supervision.web.ApiFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event changed shape (revision 2 of the urging notice added an answer date). A notice stored in the old
 * shape, exactly as an earlier release wrote it, still loads, replays and verifies.
 */
class SchemaEvolutionTest extends AuditTestBase {

    private static final String LEAD = "演进市商务局";

    @Test
    void anEventStoredInItsOldShapeStillLoadsReplaysAndVerifies() throws Exception {
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("外贸稳增长", LEAD)));
        version(api.post("/api/v1/tasks/" + taskId + "/claim", tokens.department(LEAD),
                Map.of("responsiblePerson", "冯敏")));
        storeOldUrgingNotice(taskId, 2, "请于本周报送外贸数据");

        JsonNode notice = api.get("/api/v1/tasks/" + taskId + "/history", tokens.auditor()).json()
                .get("entries").get(2);
        assertThat(notice.get("type").asText()).isEqualTo("UrgingNoticeSent");
        assertThat(notice.get("payload").get("message").asText()).isEqualTo("请于本周报送外贸数据");
        assertThat(notice.get("payload").has("respondBy")).isTrue();
        assertThat(notice.get("payload").get("respondBy").isNull()).isTrue();

        JsonNode verification = api.get("/api/v1/tasks/" + taskId + "/verification", tokens.auditor()).json();
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("events").asLong()).isEqualTo(3);

        long next = version(api.post("/api/v1/tasks/" + taskId + "/urgings", tokens.supervisor(),
                Map.of("message", "请回复", "respondBy", "2023-03-10")));
        assertThat(next).as("the task loads with the old notice in its history").isEqualTo(3);
        assertThat(awaitTask(taskId, 3).get("version").asLong()).as("the ledger replayed it too").isEqualTo(3);
        JsonNode latest = api.get("/api/v1/tasks/" + taskId + "/history?page=3&size=1", tokens.auditor()).json()
                .get("entries").get(0);
        assertThat(latest.get("payload").get("respondBy").asText()).isEqualTo("2023-03-10");
        assertThat(api.get("/api/v1/tasks/" + taskId + "/verification", tokens.auditor()).json()
                .get("valid").asBoolean()).isTrue();
    }

    /** The event store's next global index, as Hibernate would draw it (H2 and PostgreSQL say it differently). */
    private long nextGlobalIndex() {
        String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        return jdbc.queryForObject("PostgreSQL".equals(database) ? "select nextval('domain_event_entry_seq')"
                : "select next value for domain_event_entry_seq", Long.class);
    }

    /** Writes the row an earlier release would have written: revision 1, no answer date, chained as then. */
    private void storeOldUrgingNotice(String taskId, long sequence, String message) throws Exception {
        Map<String, Object> before = jdbc.queryForMap("select meta_data, time_stamp from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = ?", taskId, sequence - 1);
        String previousHash = objectMapper.readTree((byte[]) before.get("meta_data")).get(EventChain.HASH).asText();
        String timestamp = (String) before.get("time_stamp");
        byte[] payload = ("{\"taskId\":\"" + taskId + "\",\"urgingId\":\"u-legacy\",\"message\":\"" + message + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        String hash = EventChain.hash(previousHash, new CanonicalEvent(taskId, sequence,
                UrgingNoticeSentEvent.class.getName(), null, timestamp, "sup-wang", "王督查", "SUPERVISOR", null,
                payload));
        Map<String, String> metaData = new LinkedHashMap<>();
        metaData.put("actorId", "sup-wang");
        metaData.put("actorName", "王督查");
        metaData.put("actorRoles", "SUPERVISOR");
        metaData.put("correlationId", "legacy-release");
        metaData.put(EventChain.HASH, hash);
        metaData.put(EventChain.PREVIOUS_HASH, previousHash);
        jdbc.update("insert into domain_event_entry (global_index, sequence_number, aggregate_identifier, "
                        + "event_identifier, payload_revision, payload_type, time_stamp, type, meta_data, payload) "
                        + "values (?, ?, ?, ?, null, ?, ?, 'Task', ?, ?)",
                nextGlobalIndex(), sequence, taskId, UUID.randomUUID().toString(), UrgingNoticeSentEvent.class.getName(), timestamp,
                objectMapper.writeValueAsBytes(metaData), payload);
    }
}
