package gov.supervision.web.feed;

import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.web.ApiClient;
import gov.supervision.web.ApiTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static gov.supervision.web.ApiFixtures.assertProblem;
import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.taskPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbound feed's webhooks over real HTTP, to receivers on 127.0.0.1 (the only host this server allows), with
 * retries a second apart at most and deliveries given up after 5 s. The water bureau's tasks are subscribed to; the
 * finance bureau's are not.
 */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:feed-tests;DB_CLOSE_DELAY=-1",
        "supervision.feed.webhooks.allowed-hosts=127.0.0.1",
        "supervision.feed.webhooks.initial-backoff=50ms",
        "supervision.feed.webhooks.max-backoff=1s",
        "supervision.feed.webhooks.connect-timeout=500ms",
        "supervision.feed.webhooks.timeout=1s",
        "supervision.feed.webhooks.give-up-after=5s"})
class WebhooksEndToEndTest extends ApiTestBase {

    static final String SECRET = "a-secret-of-the-hotline-platform-0123456789";
    private static final String WATER = "推送市水务局";
    private static final String FINANCE = "推送市财政局";

    private final List<WebhookReceiver> receivers = new ArrayList<>();

    @AfterEach
    void stopReceivers() {
        receivers.forEach(WebhookReceiver::close);
    }

    @Test
    void aReceiverThatFailsTheFirstAttemptsGetsEveryEventOnceInOrderPerTaskSigned() {
        WebhookReceiver receiver = keep(WebhookReceiver.failingFirst(SECRET, 2));
        String subscriptionId = subscribe(receiver.url(), List.of(), List.of(WATER));

        String first = created(api.post("/api/v1/tasks", tokens.supervisor(), task("雨污分流改造一期", WATER)));
        String second = created(api.post("/api/v1/tasks", tokens.supervisor(), task("雨污分流改造二期", FINANCE, WATER)));
        String unrelated = created(api.post("/api/v1/tasks", tokens.supervisor(), task("财政预算绩效评价", FINANCE)));
        for (String taskId : List.of(first, second)) {
            ok(api.post(taskPath(taskId, "claim"), tokens.department(taskId.equals(first) ? WATER : FINANCE),
                    Map.of("responsiblePerson", "张伟")));
            ok(api.post(taskPath(taskId, "warnings"), tokens.supervisor(), Map.of("level", "YELLOW", "reason", "进度滞后")));
            ok(api.post(taskPath(taskId, "urgings"), tokens.supervisor(), Map.of("message", "请于本周内报送进展")));
        }
        ok(api.post(taskPath(unrelated, "claim"), tokens.department(FINANCE), Map.of("responsiblePerson", "王芳")));

        for (String taskId : List.of(first, second)) {
            List<JsonNode> history = history(taskId);
            List<WebhookReceiver.Received> accepted = ApiClient.await(() -> receiver.accepted(taskId),
                    got -> got.size() >= history.size());
            assertThat(accepted).extracting(WebhookReceiver.Received::sequence)
                    .as("every event of the task once, in the task's order").containsExactly(sequences(history));
            assertThat(accepted).extracting(WebhookReceiver.Received::type)
                    .containsExactlyElementsOf(history.stream().map(entry -> entry.get("type").asText()).toList());
            assertThat(accepted).allSatisfy(request -> {
                assertThat(request.signatureValid()).as("signed with the subscription's secret").isTrue();
                assertThat(request.headerEventId()).isEqualTo(request.eventId());
            });
            assertThat(receiver.of(taskId)).as("each event was refused twice before it was accepted")
                    .hasSize(3 * history.size());
            assertThat(attemptsInArrivalOrder(receiver.of(taskId)))
                    .as("no event is attempted before the task's earlier one is accepted").isSorted();
        }
        assertThat(receiver.of(unrelated)).as("the finance bureau's own task is not subscribed to").isEmpty();

        JsonNode delivered = receiver.accepted(first).get(1).body();
        assertThat(delivered.get("type").asText()).isEqualTo("TaskClaimed");
        assertThat(delivered.get("taskId").asText()).isEqualTo(first);
        assertThat(delivered.get("actor").get("department").asText()).isEqualTo(WATER);
        assertThat(delivered.get("payload").get("responsiblePerson").asText()).isEqualTo("张伟");
        assertThat(delivered.get("occurredAt").asText()).isEqualTo(history(first).get(1).get("occurredAt").asText());

        JsonNode deliveries = ApiClient.await(() -> deliveries(subscriptionId, "DELIVERED"),
                page -> page.get("total").asInt() == history(first).size() + history(second).size());
        JsonNode one = deliveries.get("items").get(0);
        assertThat(one.get("attempts").asInt()).isEqualTo(3);
        assertThat(one.get("lastStatus").asInt()).isEqualTo(200);
        assertThat(one.get("deliveredAt").isNull()).isFalse();
    }

    @Test
    void slowRefusingResettingAndFailingReceiversHoldUpNeitherAnotherSubscriptionNorCommandsAndEndDeadVisibly() {
        WebhookReceiver healthy = keep(WebhookReceiver.failingFirst(SECRET, 0));
        WebhookReceiver slow = keep(WebhookReceiver.answeringAfter(SECRET, 2_000));
        WebhookReceiver failing = keep(WebhookReceiver.failingFirst(SECRET, Integer.MAX_VALUE));
        String slowSubscription = subscribe(slow.url(), List.of(), List.of());
        String failingSubscription = subscribe(failing.url(), List.of(), List.of());
        String refusedSubscription = subscribe("http://127.0.0.1:" + WebhookReceiver.freePort() + "/hook",
                List.of(), List.of());
        String resetSubscription = subscribe(keep(WebhookReceiver.resetting()).url(), List.of(), List.of());
        subscribe(healthy.url(), List.of("TaskAssigned", "WarningIssued"), List.of(WATER));

        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("排水防涝应急预案修订", WATER)));
        ok(api.post(taskPath(taskId, "claim"), tokens.department(WATER), Map.of("responsiblePerson", "李强")));
        ok(api.post(taskPath(taskId, "warnings"), tokens.supervisor(), Map.of("level", "RED", "reason", "汛期将至")));

        List<WebhookReceiver.Received> got = ApiClient.await(() -> healthy.accepted(taskId), all -> all.size() >= 2);
        assertThat(got).extracting(WebhookReceiver.Received::type)
                .as("only the types subscribed to").containsExactly("TaskAssigned", "WarningIssued");

        int events = history(taskId).size();
        for (String dead : List.of(slowSubscription, failingSubscription, refusedSubscription, resetSubscription)) {
            JsonNode page = ApiClient.await(() -> deliveries(dead, "DEAD"),
                    answer -> answer.get("total").asInt() == events);
            JsonNode delivery = page.get("items").get(events - 1);
            assertThat(delivery.get("sequence").asLong()).isZero();
            assertThat(delivery.get("attempts").asInt()).as("the first event was retried before it was given up")
                    .isGreaterThan(1);
            assertThat(delivery.get("nextAttemptAt").isNull()).isTrue();
            assertThat(delivery.get("lastError").asText()).doesNotContain("Exception", "java.");
        }
        assertThat(deliveries(failingSubscription, "DEAD").get("items").get(0).get("lastStatus").asInt())
                .isEqualTo(500);
        assertThat(deliveries(slowSubscription, "DEAD").get("items").get(0).get("lastError").asText())
                .contains("did not answer");
        assertThat(deliveries(refusedSubscription, "DEAD").get("items").get(0).get("lastError").asText())
                .contains("refused");
        assertThat(deliveries(resetSubscription, "DEAD").get("items").get(0).get("lastError").asText())
                .containsAnyOf("dropped", "reset");
        assertThat(failing.of(taskId)).as("a dead event does not hold back the task's later ones")
                .extracting(WebhookReceiver.Received::sequence).contains(0L, 1L, 2L);
    }

    @Test
    void aCancelledSubscriptionReceivesNothingMoreAndKeepsItsDeliveries() {
        WebhookReceiver receiver = keep(WebhookReceiver.failingFirst(SECRET, 0));
        String subscriptionId = subscribe(receiver.url(), List.of("TaskAssigned"), List.of(WATER));
        String before = created(api.post("/api/v1/tasks", tokens.supervisor(), task("河道清淤", WATER)));
        ApiClient.await(() -> receiver.accepted(before), got -> got.size() == 1);

        assertThat(api.delete("/api/v1/subscriptions/" + subscriptionId, tokens.supervisor()).status()).isEqualTo(204);
        String after = created(api.post("/api/v1/tasks", tokens.supervisor(), task("河道清淤二期", WATER)));
        WebhookReceiver other = keep(WebhookReceiver.failingFirst(SECRET, 0));
        subscribe(other.url(), List.of("TaskAssigned"), List.of(WATER));
        String later = created(api.post("/api/v1/tasks", tokens.supervisor(), task("河道清淤三期", WATER)));
        ApiClient.await(() -> other.accepted(later), got -> got.size() == 1);

        assertThat(receiver.of(after)).isEmpty();
        assertThat(receiver.of(later)).isEmpty();
        assertThat(other.of(after)).as("a subscription receives the events stored after its creation").isEmpty();
        JsonNode cancelled = api.get("/api/v1/subscriptions/" + subscriptionId, tokens.supervisor()).json();
        assertThat(cancelled.get("active").asBoolean()).isFalse();
        assertThat(deliveries(subscriptionId, null).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void badSubscriptionsAreRefusedClearlyAndStoreNothing() {
        int before = api.get("/api/v1/subscriptions", tokens.supervisor()).json().size();
        Map<String, Object> good = subscription("http://127.0.0.1:9/hook", List.of(), List.of());
        Map<String, Map<String, Object>> bad = new LinkedHashMap<>();
        bad.put("INVALID_WEBHOOK_URL", with(good, "url", "ftp://127.0.0.1/hook"));
        bad.put("WEBHOOK_HOST_NOT_ALLOWED", with(good, "url", "http://10.0.0.8:8080/admin"));
        bad.put("WEBHOOK_SECRET_TOO_SHORT", with(good, "secret", "0123456789012345678901234567890"));
        bad.put("UNKNOWN_EVENT_TYPE", with(good, "eventTypes", List.of("TaskAssigned", "TaskDeleted")));
        bad.put("UNKNOWN_DEPARTMENT", with(good, "departments", List.of("不存在的局")));
        for (Map.Entry<String, Map<String, Object>> request : bad.entrySet()) {
            ApiClient.Response answer = api.post("/api/v1/subscriptions", tokens.supervisor(), request.getValue());
            assertProblem(answer, 400);
            assertThat(answer.json().get("code").asText()).as(answer.toString()).isEqualTo(request.getKey());
        }
        assertProblem(api.post("/api/v1/subscriptions", tokens.supervisor(),
                with(good, "url", "http://user:password@127.0.0.1/hook")), 400);
        assertProblem(api.post("/api/v1/subscriptions", tokens.supervisor(), with(good, "url", null)), 400);
        assertProblem(api.post("/api/v1/subscriptions", tokens.department(WATER), good), 403);
        assertThat(api.get("/api/v1/subscriptions", tokens.supervisor()).json().size()).isEqualTo(before);

        assertProblem(api.delete("/api/v1/subscriptions/no-such-subscription", tokens.supervisor()), 404);
        assertProblem(api.get("/api/v1/subscriptions/no-such-subscription/deliveries", tokens.supervisor()), 404);

        ApiClient.Response created = api.post("/api/v1/subscriptions", tokens.supervisor(), good);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/subscriptions/"
                + created.json().get("subscriptionId").asText());
        assertThat(created.body()).doesNotContain(SECRET);
        assertThat(api.get("/api/v1/subscriptions", tokens.supervisor()).body()).doesNotContain(SECRET);
    }

    private WebhookReceiver keep(WebhookReceiver receiver) {
        receivers.add(receiver);
        return receiver;
    }

    private String subscribe(String url, List<String> eventTypes, List<String> departments) {
        ApiClient.Response answer = api.post("/api/v1/subscriptions", tokens.supervisor(),
                subscription(url, eventTypes, departments));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("subscriptionId").asText();
    }

    static Map<String, Object> subscription(String url, List<String> eventTypes, List<String> departments) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("eventTypes", eventTypes);
        body.put("departments", departments);
        body.put("secret", SECRET);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private JsonNode deliveries(String subscriptionId, String status) {
        ApiClient.Response answer = api.get("/api/v1/subscriptions/" + subscriptionId + "/deliveries"
                + (status == null ? "" : "?status=" + status), tokens.supervisor());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private List<JsonNode> history(String taskId) {
        List<JsonNode> entries = new ArrayList<>();
        api.get("/api/v1/tasks/" + taskId + "/history", tokens.auditor()).json().get("entries").forEach(entries::add);
        return entries;
    }

    private static Long[] sequences(List<JsonNode> history) {
        return history.stream().map(entry -> entry.get("sequence").asLong()).toArray(Long[]::new);
    }

    /**
     * For each request in the order it arrived, the sequence it carried: sorted when every event of the task was
     * attempted only after its predecessor had been accepted.
     */
    private static List<Long> attemptsInArrivalOrder(List<WebhookReceiver.Received> requests) {
        return requests.stream().map(WebhookReceiver.Received::sequence).collect(Collectors.toList());
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
    }
}
