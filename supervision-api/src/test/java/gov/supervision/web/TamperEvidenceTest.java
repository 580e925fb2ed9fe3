package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Somebody with database access rewrites history through plain JDBC; the task's chain or the digest an
 * auditor kept elsewhere gives it away, naming where.
 */
class TamperEvidenceTest extends AuditTestBase {

    private static final String LEAD = "审计市交通运输局";

    @Test
    void anUntouchedChainVerifiesAndItsHeadIsTheLastEventsHash() {
        String taskId = taskWithFiveEvents("完整链条");
        JsonNode verification = verify(taskId);
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("events").asLong()).isEqualTo(5);
        assertThat(verification.get("firstInvalidSequence").isNull()).isTrue();
        JsonNode history = api.get("/api/v1/tasks/" + taskId + "/history", tokens.auditor()).json().get("entries");
        assertThat(history.get(0).get("previousHash").asText()).isEqualTo("0".repeat(64));
        assertThat(history.get(1).get("previousHash").asText()).isEqualTo(history.get(0).get("hash").asText());
        assertThat(verification.get("headHash").asText()).isEqualTo(history.get(4).get("hash").asText());
    }

    @Test
    void aChangedPayloadIsCaughtAtItsSequence() {
        String taskId = taskWithFiveEvents("篡改内容");
        byte[] payload = jdbc.queryForObject(row("payload"), byte[].class, taskId, 2);
        String forged = new String(payload, StandardCharsets.UTF_8).replace("完成前期调研", "全部完成");
        jdbc.update(update("payload"), forged.getBytes(StandardCharsets.UTF_8), taskId, 2);
        assertBrokenAt(taskId, 2);
    }

    @Test
    void aChangedActorIsCaughtAtItsSequence() throws Exception {
        String taskId = taskWithFiveEvents("冒名顶替");
        ObjectNode metaData = (ObjectNode) objectMapper.readTree(
                jdbc.queryForObject(row("meta_data"), byte[].class, taskId, 3));
        metaData.put("actorName", "另一个人");
        jdbc.update(update("meta_data"), objectMapper.writeValueAsBytes(metaData), taskId, 3);
        assertBrokenAt(taskId, 3);
    }

    @Test
    void aChangedTimeIsCaughtAtItsSequence() {
        String taskId = taskWithFiveEvents("倒签时间");
        jdbc.update(update("time_stamp"), "2023-02-01T00:00:00Z", taskId, 1);
        assertBrokenAt(taskId, 1);
    }

    @Test
    void aDeletedEventIsCaughtAtTheMissingSequence() {
        String taskId = taskWithFiveEvents("删除记录");
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = ?", taskId, 2);
        assertBrokenAt(taskId, 2);
    }

    @Test
    void twoSwappedEventsAreCaughtAtTheFirstOfThem() {
        String taskId = taskWithFiveEvents("调换顺序");
        String swap = "update domain_event_entry set sequence_number = ? "
                + "where aggregate_identifier = ? and sequence_number = ?";
        jdbc.update(swap, -1, taskId, 1);
        jdbc.update(swap, 1, taskId, 3);
        jdbc.update(swap, 3, taskId, -1);
        assertBrokenAt(taskId, 1);
    }

    @Test
    void aTruncatedTailPassesTheTasksOwnChainButNotTheDigest() {
        String taskId = taskWithFiveEvents("截断尾部");
        JsonNode digest = api.get("/api/v1/audit/digest", tokens.auditor()).json();
        assertThat(verifyDigest(digest).get("valid").asBoolean()).as("nothing changed yet").isTrue();

        taskWithFiveEvents("摘要之后的新任务");
        assertThat(verifyDigest(digest).get("valid").asBoolean()).as("later events are not covered").isTrue();

        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number >= 3", taskId);
        assertThat(verify(taskId).get("valid").asBoolean()).as("a shorter chain is still a chain").isTrue();
        JsonNode verification = verifyDigest(digest);
        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("actualEvents").asLong()).isEqualTo(digest.get("events").asLong() - 2);
    }

    @Test
    void theDigestNamesATaskWhoseHistoryWasRewritten() {
        String taskId = taskWithFiveEvents("摘要篡改");
        JsonNode digest = api.get("/api/v1/audit/digest", tokens.auditor()).json();
        jdbc.update(update("time_stamp"), "2023-02-01T00:00:00Z", taskId, 4);
        JsonNode verification = verifyDigest(digest);
        assertThat(verification.get("valid").asBoolean()).isFalse();
        JsonNode broken = verification.get("brokenChains");
        boolean named = false;
        for (JsonNode chain : broken) {
            if (chain.get("taskId").asText().equals(taskId)) {
                named = chain.get("firstInvalidSequence").asLong() == 4;
            }
        }
        assertThat(named).as("the rewritten task and sequence are named: " + broken).isTrue();
    }

    private String taskWithFiveEvents(String title) {
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task(title, LEAD)));
        String lead = tokens.department(LEAD);
        version(api.post("/api/v1/tasks/" + taskId + "/claim", lead, Map.of("responsiblePerson", "赵磊")));
        version(api.post("/api/v1/tasks/" + taskId + "/progress-reports", lead,
                Map.of("percentComplete", 20, "summary", "完成前期调研")));
        version(api.post("/api/v1/tasks/" + taskId + "/urgings", tokens.supervisor(), Map.of("message", "加快进度")));
        version(api.post("/api/v1/tasks/" + taskId + "/progress-reports", lead,
                Map.of("percentComplete", 40, "summary", "完成方案设计")));
        return taskId;
    }

    private void assertBrokenAt(String taskId, long sequence) {
        JsonNode verification = verify(taskId);
        assertThat(verification.get("valid").asBoolean()).as(verification.toString()).isFalse();
        assertThat(verification.get("firstInvalidSequence").asLong()).isEqualTo(sequence);
    }

    private JsonNode verify(String taskId) {
        ApiClient.Response verification = api.get("/api/v1/tasks/" + taskId + "/verification", tokens.auditor());
        assertThat(verification.status()).as(verification.toString()).isEqualTo(200);
        return verification.json();
    }

    private JsonNode verifyDigest(JsonNode digest) {
        ApiClient.Response verification = api.post("/api/v1/audit/digest/verification", tokens.auditor(),
                Map.of("root", digest.get("root").asText(), "events", digest.get("events").asLong(),
                        "position", digest.get("position").asLong()));
        assertThat(verification.status()).as(verification.toString()).isEqualTo(200);
        return verification.json();
    }

    private static String row(String column) {
        return "select " + column + " from domain_event_entry where aggregate_identifier = ? and sequence_number = ?";
    }

    private static String update(String column) {
        return "update domain_event_entry set " + column + " = ? where aggregate_identifier = ? and sequence_number = ?";
    }
}
