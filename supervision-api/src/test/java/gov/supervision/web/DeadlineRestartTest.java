package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A deadline lives in the database: scheduled before a restart, it fires after it, exactly once. */
class DeadlineRestartTest {

    @TempDir
    protected Path dataDir;

    @Test
    void aDeadlineScheduledBeforeARestartFiresOnceAfterIt() {
        String taskId;
        try (ConfigurableApplicationContext first = start()) {
            ApiClient api = Servers.api(first);
            Tokens tokens = Servers.tokens(first);
            taskId = api.post("/api/v1/problems", tokens.system(), Map.of(
                    "source", Map.of("type", "HOTLINE", "reference", "12345-RESTART-1"), "title", "路灯不亮",
                    "department", "重启市城市管理局", "complexity", "GENERAL")).json().get("taskId").asText();
            assertThat(pendingDeadlines(first)).isPositive();
        }

        try (ConfigurableApplicationContext second = start()) {
            ApiClient api = Servers.api(second);
            Tokens tokens = Servers.tokens(second);
            assertThat(api.post("/api/v1/admin/clock", tokens.supervisor(), Map.of("advanceBy", "P8D")).status())
                    .isEqualTo(200);
            assertThat(overdueWarnings(api, tokens, taskId)).isEqualTo(1);

            assertThat(api.post("/api/v1/admin/clock", tokens.supervisor(), Map.of("advanceBy", "P30D")).status())
                    .isEqualTo(200);
            assertThat(overdueWarnings(api, tokens, taskId)).as("fired once, not again").isEqualTo(1);
            // The ledger follows the warning a moment later.
            JsonNode ledger = ApiClient.await(() -> api.get("/api/v1/tasks/" + taskId, tokens.supervisor()),
                    read -> read.status() == 200 && read.json().get("overdue").asBoolean()).json();
            assertThat(ledger.get("overdue").asBoolean()).isTrue();
        }
    }

    /** A server on this test's database; the same database each time. */
    protected ConfigurableApplicationContext start() {
        return Servers.startOn(dataDir);
    }

    private static long overdueWarnings(ApiClient api, Tokens tokens, String taskId) {
        long count = 0;
        for (JsonNode entry : api.get("/api/v1/tasks/" + taskId + "/history", tokens.auditor()).json().get("entries")) {
            if (entry.get("type").asText().equals("WarningIssued")
                    && "OVERDUE".equals(entry.get("payload").path("rule").asText())) {
                count++;
            }
        }
        return count;
    }

    private static long pendingDeadlines(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject("select count(*) from scheduled_tasks", Long.class);
    }
}
