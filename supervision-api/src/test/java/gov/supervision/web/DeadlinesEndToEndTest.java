package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.with;
import static gov.supervision.web.ApiFixtures.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time drives the loop, seen from outside: with the simulated clock a hotline problem turns red after its
 * week and climbs to the leader a week later; a weekly-reporting task that hears nothing turns yellow, then red.
 * This class moves the clock, so it has a context (and database) of its own.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:deadline-tests;DB_CLOSE_DELAY=-1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DeadlinesEndToEndTest extends ApiTestBase {

    private static final String HOTLINE_DEPARTMENT = "时钟市城市管理局";
    private static final String WEEKLY_DEPARTMENT = "时钟市住房城乡建设局";
    private static final String LEADER = "王副市长";

    @Test
    void timeTurnsTasksYellowAndRedAndEscalatesThemToTheLeader() {
        String supervisor = tokens.supervisor();
        ApiClient.Response registered = api.post("/api/v1/problems", tokens.system(), Map.of(
                "source", Map.of("type", "HOTLINE", "reference", "12345-2023-0301-0042"),
                "title", "小区门口道路破损积水", "description", "市民反映：雨天积水严重，出行不便",
                "department", HOTLINE_DEPARTMENT, "complexity", "GENERAL", "leaderInCharge", LEADER));
        String problem = created(registered);
        JsonNode problemTask = awaitTask(problem, registered.json().get("version").asLong());
        assertThat(problemTask.get("category").asText()).isEqualTo("PROBLEM");
        assertThat(problemTask.get("dueDate").asText()).as("a general problem is due in 7 days").isEqualTo("2023-03-08");
        version(api.post("/api/v1/tasks/" + problem + "/claim", tokens.department(HOTLINE_DEPARTMENT),
                Map.of("responsiblePerson", "钱进")));

        String weekly = created(api.post("/api/v1/tasks", supervisor,
                with(with(task("保障性住房建设", WEEKLY_DEPARTMENT), "reportingCadence", "WEEKLY"), "milestones", List.of())));
        version(api.post("/api/v1/tasks/" + weekly + "/claim", tokens.department(WEEKLY_DEPARTMENT),
                Map.of("responsiblePerson", "赵磊")));

        assertThat(advance("P8D")).isEqualTo(NOW.plus(Duration.ofDays(8)));
        JsonNode red = awaitLedger(problem, t -> t.get("warningLevel").asText().equals("RED"));
        assertThat(red.get("overdue").asBoolean()).isTrue();
        assertThat(red.get("escalationLevel").asText()).isEqualTo("NONE");
        assertThat(awaitLedger(weekly, t -> t.get("warningLevel").asText().equals("NONE"))
                .get("overdue").asBoolean()).as("the first week owed, 03-06..03-12, is not due yet").isFalse();

        advance("P9D");
        JsonNode escalated = awaitLedger(problem, t -> t.get("escalationLevel").asText().equals("LEADER"));
        assertThat(escalated.get("warningLevel").asText()).isEqualTo("RED");
        assertThat(awaitLedger(weekly, t -> t.get("warningLevel").asText().equals("RED"))
                .get("escalationLevel").asText()).isEqualTo("NONE");

        assertThat(automaticSteps(problem)).containsExactly("WarningIssued:DUE_SOON:YELLOW",
                "WarningIssued:OVERDUE:RED", "TaskEscalated:RED_UNRESOLVED:LEADER");
        assertThat(automaticSteps(weekly)).containsExactly("WarningIssued:REPORT_MISSED:YELLOW",
                "WarningIssued:REPORT_MISSED:RED");

        JsonNode openEscalation = awaitList("/api/v1/escalations?open=true&leader=" + encode(LEADER),
                items -> items.size() == 1).get(0);
        assertThat(openEscalation.get("taskId").asText()).isEqualTo(problem);
        assertThat(openEscalation.get("level").asText()).isEqualTo("LEADER");
        assertThat(openEscalation.get("rule").asText()).isEqualTo("RED_UNRESOLVED");
        assertThat(openEscalation.get("raisedBy").asText()).as("raised by the rule").isEqualTo("RULE");
        assertThat(openEscalation.get("status").asText()).isEqualTo("OPEN");
        String escalationId = openEscalation.get("escalationId").asText();
        version(api.post("/api/v1/tasks/" + problem + "/escalations/" + escalationId + "/resolution",
                tokens.leader("leader-wang"), Map.of("decision", "由城管局会同住建局三日内完成修复")));
        JsonNode resolved = awaitList("/api/v1/escalations?open=false&leader=" + encode(LEADER),
                items -> items.size() == 1).get(0);
        assertThat(resolved.get("decision").asText()).isEqualTo("由城管局会同住建局三日内完成修复");
        assertThat(resolved.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.get("resolvedBy").asText()).as("the leader in charge, named by the directory")
                .isEqualTo(LEADER);
        assertThat(awaitLedger(problem, t -> t.get("escalationLevel").asText().equals("NONE"))
                .get("warningLevel").asText()).as("red stays until completion").isEqualTo("RED");

        JsonNode warnings = awaitList("/api/v1/warnings?department=" + encode(HOTLINE_DEPARTMENT),
                items -> items.size() == 2);
        assertThat(warnings.get(0).get("level").asText()).as("newest first").isEqualTo("RED");
        assertThat(warnings.get(0).get("active").asBoolean()).isTrue();
        assertThat(warnings.get(0).get("ruleParameters").get("dueDate").asText()).isEqualTo("2023-03-08");
        assertThat(awaitList("/api/v1/warnings?level=RED&active=true&department=" + encode(WEEKLY_DEPARTMENT),
                items -> items.size() == 1).get(0).get("rule").asText()).isEqualTo("REPORT_MISSED");
    }

    @Test
    void onlyASupervisorMovesTheClockAndOnlyForward() {
        assertProblem(api.post("/api/v1/admin/clock", tokens.leader(), Map.of("advanceBy", "P1D")), 403);
        ApiClient.Response backwards = api.post("/api/v1/admin/clock", tokens.supervisor(),
                Map.of("advanceBy", "-P1D"));
        assertProblem(backwards, 400);
        assertThat(backwards.json().get("errors").get(0).get("field").asText()).isEqualTo("advanceBy");
        assertProblem(api.post("/api/v1/admin/clock", tokens.supervisor(), Map.of("advanceBy", "next week")), 400);
    }

    private List<String> automaticSteps(String taskId) {
        List<String> steps = new ArrayList<>();
        for (JsonNode entry : api.get("/api/v1/tasks/" + taskId + "/history", tokens.auditor()).json().get("entries")) {
            JsonNode payload = entry.get("payload");
            if (payload.hasNonNull("rule")) {
                assertThat(entry.get("actor").get("id").asText()).as("automatic steps are the system's").isEqualTo("system");
                steps.add(entry.get("type").asText() + ":" + payload.get("rule").asText() + ":"
                        + payload.get("level").asText());
            }
        }
        return steps;
    }

    private JsonNode awaitLedger(String taskId, Predicate<JsonNode> condition) {
        return ApiClient.await(() -> api.get("/api/v1/tasks/" + taskId, tokens.supervisor()).json(), condition);
    }

    private JsonNode awaitList(String path, Predicate<JsonNode> condition) {
        return ApiClient.await(() -> api.get(path, tokens.supervisor()).json().get("items"), condition);
    }
}
