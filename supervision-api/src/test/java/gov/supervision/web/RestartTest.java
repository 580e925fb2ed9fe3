package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.SupervisionApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.JwtEncoder;

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
        try (ConfigurableApplicationContext first = start()) {
            Session session = new Session(first);
            taskId = session.api.post("/api/v1/tasks", session.tokens.supervisor(), task("重启后仍在的任务", "重启市民政局"))
                    .json().get("taskId").asText();
            session.api.post("/api/v1/tasks/" + taskId + "/claim", session.tokens.department("重启市民政局"),
                    Map.of("responsiblePerson", "孙丽"));
            ledgerBefore = session.awaitVersion(taskId, 1);
            historyBefore = session.api.get("/api/v1/tasks/" + taskId + "/history", session.tokens.auditor()).json();
        }
        assertThat(Files.exists(dataDir.resolve("supervision.mv.db"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            Session session = new Session(second);
            assertThat(session.awaitVersion(taskId, 1)).isEqualTo(ledgerBefore);
            assertThat(session.api.get("/api/v1/tasks/" + taskId + "/history", session.tokens.auditor()).json())
                    .isEqualTo(historyBefore);
            assertThat(session.api.get("/api/v1/tasks?q=" + java.net.URLEncoder.encode("重启后仍在",
                    java.nio.charset.StandardCharsets.UTF_8), session.tokens.supervisor()).json().get("total").asLong())
                    .isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SupervisionApplication.class, TestClockConfiguration.class)
                .run("--supervision.data-dir=" + dataDir, "--server.port=0");
    }

    private static final class Session {
        final ApiClient api;
        final Tokens tokens;

        Session(ConfigurableApplicationContext context) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            api = new ApiClient(port, context.getBean(ObjectMapper.class));
            tokens = new Tokens(context.getBean(JwtEncoder.class));
        }

        JsonNode awaitVersion(String taskId, long version) {
            return api.awaitTask(taskId, tokens.supervisor(), version);
        }
    }
}
