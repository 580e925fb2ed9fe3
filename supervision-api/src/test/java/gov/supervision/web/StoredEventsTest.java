package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.supervision.core.api.task.TaskAssignedEvent;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.DUE;
import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

/** What the event store keeps: JSON payloads, the actor from the token, the request's ids, no gaps. */
class StoredEventsTest extends ApiTestBase {

    private static final String LEAD = "存储市卫生健康委";

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void everyEventNamesTheActorOfTheTokenAndNotOfTheBody() throws IOException {
        Map<String, Object> body = with(with(task("基层医疗卫生服务能力提升", LEAD), "actor",
                Map.of("id", "forged", "name", "冒名者", "roles", List.of("SUPERVISOR"))), "actorId", "forged");
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), body,
                "X-Correlation-Id", "oa-flow-7781", "Idempotency-Key", "oa-req-7781"));

        JsonNode metaData = storedMetaData(taskId, 0);
        assertThat(metaData.get("actorId").asText()).isEqualTo("sup-wang");
        assertThat(metaData.get("actorName").asText()).isEqualTo("王督查");
        assertThat(metaData.get("actorRoles").asText()).isEqualTo("SUPERVISOR");
        assertThat(metaData.get("correlationId").asText()).isEqualTo("oa-flow-7781");
        assertThat(metaData.get("idempotencyKey").asText()).isEqualTo("oa-req-7781");

        JsonNode entry = api.get("/api/v1/tasks/" + taskId + "/history", tokens.auditor()).json()
                .get("entries").get(0);
        assertThat(entry.get("actor").get("id").asText()).isEqualTo("sup-wang");
        assertThat(entry.get("correlationId").asText()).isEqualTo("oa-flow-7781");
    }

    @Test
    void aDepartmentsEventsCarryItsDepartment() throws IOException {
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("公共卫生应急体系建设", LEAD)));
        version(api.post("/api/v1/tasks/" + taskId + "/claim", tokens.department(LEAD),
                Map.of("responsiblePerson", "吴军")));
        JsonNode metaData = storedMetaData(taskId, 1);
        assertThat(metaData.get("actorDepartment").asText()).isEqualTo(LEAD);
        assertThat(metaData.get("actorRoles").asText()).isEqualTo("DEPARTMENT");
        assertThat(metaData.get("correlationId").asText()).as("made up when the client sends none").isNotBlank();
    }

    @Test
    void payloadsAreStoredAsReadableJsonWithChineseTextIntact() {
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("全民健康信息平台建设", LEAD)));
        byte[] payload = jdbc.queryForObject(
                "select payload from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
                byte[].class, taskId);
        String json = new String(payload, StandardCharsets.UTF_8);
        assertThat(json).startsWith("{").contains("\"title\":\"全民健康信息平台建设\"").contains("\"dueDate\":\"" + DUE + "\"");
        String type = jdbc.queryForObject(
                "select payload_type from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
                String.class, taskId);
        assertThat(type).isEqualTo("gov.supervision.core.api.task.TaskAssignedEvent");
    }

    /**
     * The HTTP edge refuses control characters and broken characters and trims text, but events stored before
     * it did (or by another path) must still read back exactly as stored: the strictness is the HTTP converter's,
     * never the event serializer's.
     */
    @Test
    void theEventSerializerReadsBackTextTheHttpEdgeWouldRefuse() throws IOException {
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("区域医疗中心建设", LEAD)));
        byte[] payload = jdbc.queryForObject(
                "select payload from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
                byte[].class, taskId);
        ObjectNode event = (ObjectNode) objectMapper.readTree(payload);
        String oldTitle = " 响铃\u0007、断字\uD800、全角空格\u3000";
        ((ObjectNode) event.get("details")).put("title", oldTitle);
        byte[] stored = objectMapper.writeValueAsBytes(event);

        TaskAssignedEvent read = eventSerializer.deserialize(new SimpleSerializedObject<>(stored, byte[].class,
                TaskAssignedEvent.class.getName(), null));
        assertThat(read.details().title()).isEqualTo(oldTitle);
        assertThat(read.taskId()).isEqualTo(taskId);
    }

    @Test
    void theGlobalIndexGrowsByOneWithoutGaps() {
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("医共体建设", LEAD)));
        version(api.post("/api/v1/tasks/" + taskId + "/claim", tokens.department(LEAD),
                Map.of("responsiblePerson", "郑华")));
        List<Long> indexes = jdbc.queryForList("select global_index from domain_event_entry "
                + "where aggregate_identifier = ? order by sequence_number", Long.class, taskId);
        assertThat(indexes).hasSize(2);
        assertThat(indexes.get(1)).isEqualTo(indexes.get(0) + 1);
    }

    private JsonNode storedMetaData(String taskId, long sequence) throws IOException {
        byte[] metaData = jdbc.queryForObject("select meta_data from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = ?", byte[].class, taskId, sequence);
        return objectMapper.readTree(metaData);
    }
}
