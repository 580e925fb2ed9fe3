package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

/** What operations watch: health with the projections' processors, and metrics for the office's scraper. */
class HealthAndMetricsTest extends ApiTestBase {

    @Test
    void healthShowsTheProjectionsProcessorsToASupervisorOnly() {
        JsonNode health = ApiClient.await(() -> api.get("/actuator/health", tokens.supervisor()).json(),
                body -> body.path("components").path("eventProcessors").path("details").path("warnings")
                        .path("segments").size() == 2);
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("components").fieldNames()).toIterable().contains("db", "scheduler", "eventProcessors");
        JsonNode processors = health.get("components").get("eventProcessors");
        assertThat(processors.get("status").asText()).isEqualTo("UP");
        for (String projection : List.of("ledger", "warnings", "escalations", "reports", "notices")) {
            JsonNode processor = processors.get("details").get(projection);
            assertThat(processor.get("running").asBoolean()).as(projection).isTrue();
            assertThat(processor.get("error").asBoolean()).as(projection).isFalse();
        }
        assertThat(processors.get("details").get("ledger").get("segments").size()).as("the ledger stays whole")
                .isEqualTo(1);

        JsonNode anonymous = api.get("/actuator/health", null).json();
        assertThat(anonymous.get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).as("no details without a token").isFalse();
        assertThat(api.get("/actuator/health", tokens.department("健康市教育局")).json().has("components")).isFalse();
        assertThat(api.get("/actuator/health/readiness", null).json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void prometheusShowsCommandsAndDeadlinesToASupervisor() {
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("指标任务", "指标市统计局")));
        awaitTask(taskId, 0);

        ApiClient.Response scraped = api.get("/actuator/prometheus", tokens.supervisor());
        assertThat(scraped.status()).isEqualTo(200);
        String metrics = scraped.body();
        assertThat(metrics.lines().filter(line -> line.startsWith("commandBus_successCounter_total")
                && line.contains("payloadType=\"AssignTaskCommand\"")))
                .as("Axon's command metrics, by command").isNotEmpty();
        assertThat(metrics.lines().filter(line -> line.startsWith("eventProcessor_latency")
                && line.contains("processorName=\"warnings\"")))
                .as("Axon's processor metrics, by processor").isNotEmpty();
        assertThat(metrics.lines().filter(line -> line.startsWith("supervision_commands_group_size_count")))
                .as("how many commands each commit stored").isNotEmpty();
        assertThat(metrics.lines().filter(line -> line.startsWith("dbscheduler_task_completions_total")
                && line.contains("AxonDeadline"))).as("the scheduler's count of deadlines fired").isNotEmpty();

        ApiFixtures.assertProblem(api.get("/actuator/prometheus", null), 401);
        ApiFixtures.assertProblem(api.get("/actuator/prometheus", tokens.department("指标市统计局")), 403);
    }
}
