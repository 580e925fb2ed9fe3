package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Auditors read any task as it stood at any instant, and read everything while changing nothing. */
class TimeTravelAndAccessTest extends AuditTestBase {

    private static final String LEAD = "回溯市水务局";

    @Test
    void aTaskAsOfAnyInstantIsWhatTheLedgerShowedThen() {
        String supervisor = tokens.supervisor();
        String lead = tokens.department(LEAD);
        List<Instant> instants = new ArrayList<>();
        List<JsonNode> live = new ArrayList<>();
        Instant before = advance("PT1H");

        String taskId = created(api.post("/api/v1/tasks", supervisor, task("城市排水防涝工程", LEAD)));
        record(instants, live, taskId, 0);
        List<Supplier<ApiClient.Response>> steps = List.of(
                () -> api.post("/api/v1/tasks/" + taskId + "/claim", lead, Map.of("responsiblePerson", "孙涛")),
                () -> api.post("/api/v1/tasks/" + taskId + "/progress-reports", lead,
                        Map.of("percentComplete", 30, "summary", "管网普查完成", "milestone", "方案编制")),
                () -> api.post("/api/v1/tasks/" + taskId + "/warnings", supervisor,
                        Map.of("level", "YELLOW", "reason", "汛期临近，进度偏慢")),
                () -> api.post("/api/v1/tasks/" + taskId + "/extension-requests", lead,
                        Map.of("requestedDueDate", "2024-06-30", "reason", "施工窗口受汛期限制")));
        for (Supplier<ApiClient.Response> step : steps) {
            advance("PT2H");
            record(instants, live, taskId, version(step.get()));
        }

        for (int k = 0; k < instants.size(); k++) {
            assertThat(asOf(taskId, instants.get(k))).as("at event " + k).isEqualTo(live.get(k));
            assertThat(asOf(taskId, instants.get(k).plus(Duration.ofHours(1)))).as("between events " + k)
                    .isEqualTo(live.get(k));
        }
        assertProblem(api.get("/api/v1/tasks/" + taskId + "?asOf=" + before.minusSeconds(1), tokens.auditor()), 404);
        assertProblem(api.get("/api/v1/tasks/" + taskId + "?asOf=" + instants.get(0), lead), 403);
    }

    @Test
    void anAuditorReadsHistoryDossierVerificationAndDigest() {
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("审计可读的任务", LEAD)));
        version(api.post("/api/v1/tasks/" + taskId + "/claim", tokens.department(LEAD),
                Map.of("responsiblePerson", "周洁")));
        awaitTask(taskId, 1);
        String auditor = tokens.auditor();

        JsonNode page = api.get("/api/v1/tasks/" + taskId + "/history?page=1&size=1", auditor).json();
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("entries").get(0).get("type").asText()).isEqualTo("TaskClaimed");

        JsonNode dossier = api.get("/api/v1/tasks/" + taskId + "/dossier", auditor).json();
        assertThat(dossier.get("task").get("status").asText()).isEqualTo("CLAIMED");
        assertThat(dossier.get("history")).hasSize(2);
        assertThat(dossier.get("verification").get("valid").asBoolean()).isTrue();
        assertThat(dossier.get("subtaskIds")).isEmpty();

        assertThat(api.get("/api/v1/tasks/" + taskId + "/verification", auditor).status()).isEqualTo(200);
        JsonNode digest = api.get("/api/v1/audit/digest", auditor).json();
        assertThat(digest.get("root").asText()).hasSize(64);
        assertThat(digest.get("events").asLong()).isPositive();
        assertThat(api.post("/api/v1/audit/digest/verification", auditor, Map.of("root", digest.get("root").asText(),
                "events", digest.get("events").asLong(), "position", digest.get("position").asLong()))
                .json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void anAuditorChangesNothing() {
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("审计不能改的任务", LEAD)));
        String auditor = tokens.auditor();
        long before = storedEvents();
        String task = "/api/v1/tasks/" + taskId;
        Map<String, Object> anything = Map.of("responsiblePerson", "x", "percentComplete", 1, "summary", "x",
                "level", "RED", "reason", "x", "message", "x", "decision", "x", "approved", true, "lessons", "x");
        for (String path : List.of("/api/v1/tasks", task + "/subtasks", task + "/claim", task + "/progress-reports",
                task + "/warnings", task + "/urgings", task + "/escalations", task + "/escalations/e/resolution",
                task + "/extension-requests", task + "/extension-requests/r/decision", task + "/completion-requests",
                task + "/completion-requests/r/decision", task + "/closure", task + "/reviews",
                task + "/accountability-records", task + "/year-end-explanations", "/api/v1/problems",
                "/api/v1/inspections", "/api/v1/admin/clock", "/api/v1/admin/projections/ledger/rebuild")) {
            assertProblem(api.post(path, auditor, anything), 403);
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    private void record(List<Instant> instants, List<JsonNode> live, String taskId, long version) {
        JsonNode task = awaitTask(taskId, version);
        instants.add(Instant.parse(task.get("updatedAt").asText()));
        live.add(task);
    }

    private JsonNode asOf(String taskId, Instant instant) {
        ApiClient.Response response = api.get("/api/v1/tasks/" + taskId + "?asOf=" + instant, tokens.auditor());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
