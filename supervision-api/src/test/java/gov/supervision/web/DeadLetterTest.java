package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskClaimedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static gov.supervision.web.ApiFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection that fails on one task's events parks them, and every later event of that task, in the
 * dead-letter queue and goes on with the other tasks; once fixed, a retry hands them over in order.
 */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:dead-letter-tests",
        "axon.eventhandling.processors." + DeadLetterTest.GROUP + ".mode=tracking",
        "axon.eventhandling.processors." + DeadLetterTest.GROUP + ".dlq.enabled=true"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(DeadLetterTest.ProbeConfiguration.class)
class DeadLetterTest extends ApiTestBase {

    static final String GROUP = "dead-letter-probe";
    private static final String LEAD = "死信市住建局";
    private static final String REFUSED = "死信任务甲";

    @Autowired
    Probe probe;

    @Test
    void aFailingEventIsParkedWithItsTaskAndRetriedOnceFixed() {
        String supervisor = tokens.supervisor();
        probe.refusedTitle = REFUSED;
        String refused = created(api.post("/api/v1/tasks", supervisor, task(REFUSED, LEAD)));
        awaitTask(refused, version(api.post("/api/v1/tasks/" + refused + "/claim", tokens.department(LEAD),
                Map.of("responsiblePerson", "吴昊"))));
        String second = created(api.post("/api/v1/tasks", supervisor, task("死信任务乙", LEAD)));
        String third = created(api.post("/api/v1/tasks", supervisor, task("死信任务丙", LEAD)));

        ApiClient.await(() -> List.copyOf(probe.seen), seen -> seen.containsAll(
                List.of("assigned " + second, "assigned " + third)));
        assertThat(probe.seen).as("the refused task's claim waits behind its assignment")
                .doesNotContain("assigned " + refused, "claimed " + refused);

        ApiClient.Response parked = api.get("/api/v1/admin/dead-letters?processingGroup=" + GROUP, supervisor);
        assertThat(parked.status()).as(parked.toString()).isEqualTo(200);
        assertThat(parked.json().get("total").asLong()).isEqualTo(2);
        JsonNode assigned = parked.json().get("items").get(0);
        assertThat(assigned.get("processingGroup").asText()).isEqualTo(GROUP);
        assertThat(assigned.get("sequenceIdentifier").asText()).isEqualTo(refused);
        assertThat(assigned.get("eventType").asText()).isEqualTo("TaskAssignedEvent");
        assertThat(assigned.get("aggregateId").asText()).isEqualTo(refused);
        assertThat(assigned.get("aggregateSequence").asLong()).isZero();
        assertThat(assigned.get("kind").asText()).isEqualTo("ERROR");
        assertThat(assigned.get("cause").asText()).isEqualTo("探针拒绝了" + REFUSED);
        JsonNode claimed = parked.json().get("items").get(1);
        assertThat(claimed.get("eventType").asText()).isEqualTo("TaskClaimedEvent");
        assertThat(claimed.get("aggregateSequence").asLong()).isEqualTo(1);
        assertThat(parked.body()).as("no class names reach the client").doesNotContain("Exception", "gov.supervision");

        JsonNode everyGroup = api.get("/api/v1/admin/dead-letters", supervisor).json();
        assertThat(everyGroup.get("total").asLong()).as("the real projections park nothing").isEqualTo(2);

        JsonNode stillBroken = api.post("/api/v1/admin/dead-letters/" + GROUP + "/retry", supervisor, Map.of()).json();
        assertThat(stillBroken.get("processed").asLong()).isZero();
        assertThat(stillBroken.get("remaining").asLong()).as("a retry that fails again leaves it parked").isEqualTo(2);

        probe.refusedTitle = null;
        ApiClient.Response retried = api.post("/api/v1/admin/dead-letters/" + GROUP + "/retry", supervisor, Map.of());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("processed").asLong()).isEqualTo(2);
        assertThat(retried.json().get("remaining").asLong()).isZero();
        assertThat(api.get("/api/v1/admin/dead-letters?processingGroup=" + GROUP, supervisor).json().get("items"))
                .isEmpty();
        assertThat(probe.seen).containsSubsequence("assigned " + refused, "claimed " + refused);
    }

    @Test
    void onlyASupervisorSeesDeadLettersOfAKnownGroup() {
        ApiClient.Response unknown = api.get("/api/v1/admin/dead-letters?processingGroup=nothing", tokens.supervisor());
        ApiFixtures.assertProblem(unknown, 404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("UNKNOWN_DEAD_LETTER_QUEUE");
        ApiFixtures.assertProblem(api.post("/api/v1/admin/dead-letters/nothing/retry", tokens.supervisor(), Map.of()),
                404);
        ApiFixtures.assertProblem(api.get("/api/v1/admin/dead-letters", tokens.department(LEAD)), 403);
        ApiFixtures.assertProblem(api.post("/api/v1/admin/dead-letters/ledger/retry", tokens.auditor(), Map.of()),
                403);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ProbeConfiguration {

        @Bean
        Probe deadLetterProbe() {
            return new Probe();
        }
    }

    /** A projection of its own processing group, tracking with a dead-letter queue, that can be made to fail. */
    @ProcessingGroup(GROUP)
    static class Probe {

        volatile String refusedTitle;
        final List<String> seen = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(TaskAssignedEvent event) {
            if (event.details().title().equals(refusedTitle)) {
                throw new IllegalStateException("探针拒绝了" + event.details().title());
            }
            seen.add("assigned " + event.taskId());
        }

        @EventHandler
        void on(TaskClaimedEvent event) {
            seen.add("claimed " + event.taskId());
        }
    }
}
