package gov.supervision.web.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.web.ApiClient;
import gov.supervision.web.ApiTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.taskPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * With {@code supervision.feed.amqp.enabled=true}, every event of a task goes to RabbitMQ (127.0.0.1:5672 on every
 * machine of this project, CI's included): a consumer bound to {@code task.#} receives them with their routing keys.
 */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:amqp-feed-tests;DB_CLOSE_DELAY=-1",
        "supervision.feed.amqp.enabled=true"})
class AmqpFeedTest extends ApiTestBase {

    private static final String EXCHANGE = "supervision.events";
    private static final String DEPARTMENT = "推送市水务局";

    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin admin;
    @Autowired
    ObjectMapper json;

    @BeforeAll
    static void brokerRuns() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5672), 2_000);
        } catch (IOException e) {
            fail("RabbitMQ must run at 127.0.0.1:5672 for the feed's tests (.ci/run starts it): " + e.getMessage());
        }
    }

    @Test
    void aConsumerReceivesEveryEventOfTheTaskPersistentWithItsRoutingKey() throws IOException {
        // Neither exclusive nor auto-deleted: each receive below consumes and cancels, which would delete it.
        Queue queue = new Queue("supervision-feed-test-" + UUID.randomUUID(), false, false, false);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(new TopicExchange(EXCHANGE, true, false)).with("task.#"));

        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("供水管网漏损治理", DEPARTMENT)));
        assertThat(api.post(taskPath(taskId, "claim"), tokens.department(DEPARTMENT),
                Map.of("responsiblePerson", "赵敏")).status()).isEqualTo(200);
        assertThat(api.post(taskPath(taskId, "warnings"), tokens.supervisor(),
                Map.of("level", "RED", "reason", "漏损率未达标")).status()).isEqualTo(200);
        List<JsonNode> history = new ArrayList<>();
        api.get("/api/v1/tasks/" + taskId + "/history", tokens.auditor()).json().get("entries").forEach(history::add);

        List<Message> received = new ArrayList<>();
        ApiClient.await(() -> {
            Message message = rabbit.receive(queue.getName(), 200);
            if (message != null && taskId.equals(message.getMessageProperties().getHeader("taskId"))) {
                received.add(message);
            }
            return received.size();
        }, count -> count >= history.size());

        assertThat(received).extracting(message -> message.getMessageProperties().getReceivedRoutingKey())
                .containsExactly("task.TaskAssigned", "task.TaskClaimed", "task.WarningIssued");
        assertThat(received).allSatisfy(message -> assertThat(message.getMessageProperties().getReceivedDeliveryMode())
                .isEqualTo(MessageDeliveryMode.PERSISTENT));
        for (int i = 0; i < received.size(); i++) {
            JsonNode body = json.readTree(received.get(i).getBody());
            assertThat(body.get("taskId").asText()).isEqualTo(taskId);
            assertThat(body.get("sequence").asLong()).isEqualTo(history.get(i).get("sequence").asLong());
            assertThat(received.get(i).getMessageProperties().getMessageId()).isEqualTo(body.get("eventId").asText());
        }
        JsonNode warning = json.readTree(received.get(2).getBody());
        assertThat(warning.get("type").asText()).isEqualTo("WarningIssued");
        assertThat(warning.get("payload").get("level").asText()).isEqualTo("RED");
        admin.deleteQueue(queue.getName());
    }
}
