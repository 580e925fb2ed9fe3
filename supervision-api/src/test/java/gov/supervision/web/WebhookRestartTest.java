package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.web.feed.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.taskPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server stops between its events and their delivery, its receiver down: the restarted server sends every event,
 * once and in order, to the receiver that came back.
 */
class WebhookRestartTest {

    private static final String SECRET = "the-data-exchange-of-the-city-0123456789";
    private static final String DEPARTMENT = "重启推送市民政局";
    private static final String[] FEED = {"--supervision.feed.webhooks.allowed-hosts=127.0.0.1",
            "--supervision.feed.webhooks.initial-backoff=100ms", "--supervision.feed.webhooks.max-backoff=200ms"};

    @TempDir
    Path dataDir;

    @Test
    void aRestartBetweenTheEventsAndTheirDeliveryLosesNone() {
        WebhookReceiver receiver = WebhookReceiver.down(SECRET);
        String taskId;
        String subscriptionId;
        List<JsonNode> history = new ArrayList<>();
        try (ConfigurableApplicationContext first = Servers.startOn(dataDir, FEED)) {
            ApiClient api = Servers.api(first);
            Tokens tokens = Servers.tokens(first);
            ApiClient.Response subscribed = api.post("/api/v1/subscriptions", tokens.supervisor(),
                    Map.of("url", receiver.url(), "secret", SECRET));
            assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(201);
            subscriptionId = subscribed.json().get("subscriptionId").asText();
            taskId = api.post("/api/v1/tasks", tokens.supervisor(), task("低保对象动态核查", DEPARTMENT))
                    .json().get("taskId").asText();
            api.post(taskPath(taskId, "claim"), tokens.department(DEPARTMENT), Map.of("responsiblePerson", "孙丽"));
            api.post(taskPath(taskId, "warnings"), tokens.supervisor(), Map.of("level", "YELLOW", "reason", "核查滞后"));
            api.get("/api/v1/tasks/" + taskId + "/history", tokens.auditor()).json().get("entries")
                    .forEach(history::add);
            String deliveries = "/api/v1/subscriptions/" + subscriptionId + "/deliveries";
            JsonNode failing = ApiClient.await(() -> api.get(deliveries, tokens.supervisor()).json(),
                    page -> page.get("total").asInt() == history.size()
                            && page.get("items").get(history.size() - 1).get("attempts").asInt() > 0);
            assertThat(failing.get("items").get(history.size() - 1).get("lastError").asText()).contains("refused");
        }

        receiver.start();
        try (ConfigurableApplicationContext second = Servers.startOn(dataDir, FEED)) {
            List<WebhookReceiver.Received> accepted = ApiClient.await(() -> receiver.accepted(taskId),
                    got -> got.size() >= history.size());
            assertThat(accepted).extracting(WebhookReceiver.Received::sequence)
                    .containsExactly(history.stream().map(entry -> entry.get("sequence").asLong()).toArray(Long[]::new));
            assertThat(accepted).allSatisfy(request -> assertThat(request.signatureValid()).isTrue());
            ApiClient api = Servers.api(second);
            Tokens tokens = Servers.tokens(second);
            JsonNode delivered = ApiClient.await(() -> api.get("/api/v1/subscriptions/" + subscriptionId
                    + "/deliveries?status=DELIVERED", tokens.supervisor()).json(),
                    page -> page.get("total").asInt() == history.size());
            assertThat(delivered.get("items").get(0).get("status").asText()).isEqualTo("DELIVERED");
        } finally {
            receiver.close();
        }
    }
}
