package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default keeps its data in the data folder: a restarted server shows the same ledger and history. */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aRestartedServerShowsTheSameLedgerAndHistory() {
        String taskId;
        JsonNode ledgerBefore;
        JsonNode historyBefore;
        try (ConfigurableApplicationContext first = Servers.startOn(dataDir)) {
            ApiClient api = Servers.api(first);
            Tokens tokens = Servers.tokens(first);
            taskId = api.post("/api/v1/tasks", tokens.supervisor(), task("重启后仍在的任务", "重启市民政局"))
                    .json().get("taskId").asText();
            api.post("/api/v1/tasks/" + taskId + "/claim", tokens.department("重启市民政局"),
                    Map.of("responsiblePerson", "孙丽"));
            ledgerBefore = api.awaitTask(taskId, tokens.supervisor(), 1);
            historyBefore = api.get("/api/v1/tasks/" + taskId + "/history", tokens.auditor()).json();
        }
        assertThat(Files.exists(dataDir.resolve("supervision.mv.db"))).isTrue();

        try (ConfigurableApplicationContext second = Servers.startOn(dataDir)) {
            ApiClient api = Servers.api(second);
            Tokens tokens = Servers.tokens(second);
            assertThat(api.awaitTask(taskId, tokens.supervisor(), 1)).isEqualTo(ledgerBefore);
            assertThat(api.get("/api/v1/tasks/" + taskId + "/history", tokens.auditor()).json())
                    .isEqualTo(historyBefore);
            assertThat(api.get("/api/v1/tasks?q=" + ApiTestBase.encode("重启后仍在"), tokens.supervisor()).json().get("total").asLong())
                    .isEqualTo(1);
        }
    }
}
