package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

/** Read models are only ever derived: reset and replayed from the event store, they come back identical. */
class RebuildTest extends AuditTestBase {

    private static final String LEAD = "重建市教育局";
    private static final Map<String, List<String>> TABLES = Map.of(
            "ledger", List.of("select * from task order by task_id",
                    "select * from task_department order by task_id, department, relation"),
            "warnings", List.of("select * from warning order by warning_id"),
            "escalations", List.of("select * from escalation order by escalation_id"));

    @Test
    void rebuiltReadModelsEqualTheOnesBuiltLive() {
        String supervisor = tokens.supervisor();
        String lead = tokens.department(LEAD);
        for (int i = 0; i < 5; i++) {
            String taskId = created(api.post("/api/v1/tasks", supervisor, task("重建任务" + i, LEAD)));
            version(api.post("/api/v1/tasks/" + taskId + "/claim", lead, Map.of("responsiblePerson", "吴昊")));
            version(api.post("/api/v1/tasks/" + taskId + "/progress-reports", lead,
                    Map.of("percentComplete", 10 * i, "summary", "进展" + i)));
            version(api.post("/api/v1/tasks/" + taskId + "/warnings", supervisor,
                    Map.of("level", i % 2 == 0 ? "RED" : "YELLOW", "reason", "进度滞后")));
            awaitTask(taskId, version(api.post("/api/v1/tasks/" + taskId + "/escalations", lead,
                    Map.of("reason", "需协调资金"))));
        }
        advance("P10D");
        ApiClient.await(() -> api.get("/api/v1/escalations?open=true&size=500", supervisor).json().get("total")
                .asLong(), total -> total == 5);

        for (String projection : TABLES.keySet()) {
            List<List<Map<String, Object>>> live = TABLES.get(projection).stream().map(jdbc::queryForList).toList();
            assertThat(live).as(projection).allSatisfy(rows -> assertThat(rows).isNotEmpty());

            JsonNode done = rebuilt(projection);
            assertThat(done.get("position").asLong()).isEqualTo(done.get("total").asLong());
            assertThat(done.get("rebuildStartedAt").isNull()).isFalse();
            assertThat(TABLES.get(projection).stream().map(jdbc::queryForList).toList())
                    .as(projection + " rebuilt").isEqualTo(live);
        }
    }

    /** Rebuilds the projection; its status once it has caught up. */
    protected JsonNode rebuilt(String projection) {
        String supervisor = tokens.supervisor();
        ApiClient.Response started = api.post("/api/v1/admin/projections/" + projection + "/rebuild",
                supervisor, Map.of());
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return ApiClient.await(() -> api.get("/api/v1/admin/projections/" + projection, supervisor).json(),
                status -> status.get("caughtUp").asBoolean() && status.get("running").asBoolean());
    }

    @Test
    void anUnknownProjectionIsNotFound() {
        ApiClient.Response response = api.post("/api/v1/admin/projections/everything/rebuild", tokens.supervisor(),
                Map.of());
        ApiFixtures.assertProblem(response, 404);
        assertThat(response.json().get("code").asText()).isEqualTo("UNKNOWN_PROJECTION");
    }
}
