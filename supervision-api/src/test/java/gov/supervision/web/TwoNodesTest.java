package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static gov.supervision.web.ApiFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database, each keeping the tasks it handled in memory: a node whose copy of a task is stale
 * (the other node stored events of it since) still stores its command, after the task's newer events, in one chain.
 */
class TwoNodesTest {

    private static final String DEPARTMENT = "双节点市水务局";

    @TempDir
    Path dataDir;

    @Test
    void aNodeWithAStaleCopyOfATaskStoresItsCommandAfterTheOtherNodesEvents() {
        String database = "--spring.datasource.url=jdbc:h2:mem:two-nodes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext first = Servers.startOn(dataDir.resolve("first"), database);
             ConfigurableApplicationContext second = Servers.startOn(dataDir.resolve("second"), database)) {
            ApiClient one = Servers.api(first);
            ApiClient two = Servers.api(second);
            Tokens tokens = Servers.tokens(first);
            String department = tokens.department(DEPARTMENT);

            ApiClient.Response assigned = one.post("/api/v1/tasks", tokens.supervisor(),
                    task("两个节点共同推进的任务", DEPARTMENT));
            assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
            String taskId = assigned.json().get("taskId").asText();
            assertThat(one.post(ApiFixtures.taskPath(taskId, "claim"), department,
                    Map.of("responsiblePerson", "周强")).status()).isEqualTo(200);
            ApiClient.Response onTheSecond = two.post(ApiFixtures.taskPath(taskId, "progress-reports"), department,
                    Map.of("percentComplete", 30, "summary", "第二个节点报送的进展"));
            assertThat(onTheSecond.status()).as(onTheSecond.toString()).isEqualTo(200);

            ApiClient.Response onTheFirst = one.post(ApiFixtures.taskPath(taskId, "progress-reports"), department,
                    Map.of("percentComplete", 60, "summary", "第一个节点报送的进展"));

            assertThat(onTheFirst.status()).as(onTheFirst.toString()).isEqualTo(200);
            long version = onTheFirst.json().get("version").asLong();
            assertThat(version).isEqualTo(onTheSecond.json().get("version").asLong() + 1);
            JsonNode history = two.get("/api/v1/tasks/" + taskId + "/history", tokens.auditor()).json();
            List<String> summaries = new ArrayList<>();
            long sequence = 0;
            for (JsonNode entry : history.get("entries")) {
                assertThat(entry.get("sequence").asLong()).isEqualTo(sequence++);
                if (entry.get("type").asText().equals("ProgressReported")) {
                    summaries.add(entry.get("payload").get("summary").asText());
                }
            }
            assertThat(sequence - 1).isEqualTo(version);
            assertThat(summaries).containsExactly("第二个节点报送的进展", "第一个节点报送的进展");
            JsonNode verification = one.get("/api/v1/tasks/" + taskId + "/verification", tokens.auditor()).json();
            assertThat(verification.get("valid").asBoolean()).as(verification.toString()).isTrue();
        }
    }
}
