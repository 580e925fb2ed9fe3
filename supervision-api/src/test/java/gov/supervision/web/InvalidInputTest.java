package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.with;
import static gov.supervision.web.ApiFixtures.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a clear problem+json answer naming the field, and stores nothing. */
class InvalidInputTest extends ApiTestBase {

    private static final String LEAD = "校验市商务局";

    private String supervisor;
    private String lead;
    private String taskId;

    @BeforeEach
    void claimedTask() {
        supervisor = tokens.supervisor();
        lead = tokens.department(LEAD);
        taskId = created(api.post("/api/v1/tasks", supervisor, task("招商引资项目落地", LEAD)));
        version(api.post("/api/v1/tasks/" + taskId + "/claim", lead, Map.of("responsiblePerson", "陈静")));
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        assertRefused(() -> api.post("/api/v1/tasks", supervisor, with(with(task("缺字段", LEAD), "title", null),
                "dueDate", null)), 400, "title", "dueDate");
        assertRefused(() -> api.post("/api/v1/tasks", supervisor, with(task("缺类别", LEAD), "category", null)),
                400, "category");
        assertRefused(() -> api.post(path("progress-reports"), lead, Map.of("percentComplete", 50)), 400, "summary");
    }

    @Test
    void badDatesAreNamed() {
        assertRefused(() -> api.post("/api/v1/tasks", supervisor, with(task("日期错误", LEAD), "dueDate", "2023-02-30")),
                400, "dueDate");
        assertRefused(() -> api.post("/api/v1/tasks", supervisor, with(task("日期格式", LEAD), "dueDate", "31/12/2023")),
                400, "dueDate");
        assertRefused(() -> api.post(path("extension-requests"), lead,
                Map.of("requestedDueDate", "明年三月", "reason", "延期")), 400, "requestedDueDate");
    }

    @Test
    void percentMustLieBetweenZeroAndHundred() {
        assertRefused(() -> api.post(path("progress-reports"), lead, Map.of("percentComplete", 101, "summary", "超额")),
                400, "percentComplete");
        assertRefused(() -> api.post(path("progress-reports"), lead, Map.of("percentComplete", -1, "summary", "倒退")),
                400, "percentComplete");
        assertRefused(() -> api.post(path("progress-reports"), lead, Map.of("percentComplete", "一半", "summary", "文字")),
                400, "percentComplete");
    }

    @Test
    void malformedJsonIsRefused() {
        assertRefused(() -> api.postRaw("/api/v1/tasks", supervisor, "application/json",
                "{\"title\": \"半截".getBytes(StandardCharsets.UTF_8)), 400);
        assertRefused(() -> api.postRaw(path("claim"), lead, "application/json",
                "[1, 2".getBytes(StandardCharsets.UTF_8)), 400);
    }

    @Test
    void unknownEnumValuesAreNamedWithTheAllowedOnes() {
        ApiClient.Response response = assertRefused(() -> api.post("/api/v1/tasks", supervisor,
                with(task("未知类别", LEAD), "category", "URGENT")), 400, "category");
        assertThat(response.json().get("errors").get(0).get("message").asText()).contains("MAJOR_PRIORITY");
        assertRefused(() -> api.post(path("warnings"), supervisor, Map.of("level", "ORANGE", "reason", "橙色")),
                400, "level");
        assertRefused(() -> api.get("/api/v1/tasks?status=FINISHED", supervisor), 400, "status");
    }

    @Test
    void oversizedBodiesAndStringsAreRefused() {
        String huge = "长".repeat(30_000);
        assertRefused(() -> api.post("/api/v1/tasks", supervisor, with(task("超大请求", LEAD), "description", huge)), 413);
        assertRefused(() -> api.post("/api/v1/tasks", supervisor, with(task("标", LEAD), "title", "标".repeat(201))),
                400, "title");
    }

    @Test
    void otherMediaTypesAreRefused() {
        assertRefused(() -> api.postRaw(path("claim"), lead, "text/plain",
                "responsiblePerson=陈静".getBytes(StandardCharsets.UTF_8)), 415);
    }

    @Test
    void aRuleOfTheLoopIsAConflictWithItsCode() {
        ApiClient.Response response = assertRefused(
                () -> api.post(path("claim"), lead, Map.of("responsiblePerson", "再次认领")), 409);
        assertThat(response.json().get("code").asText()).isEqualTo("TASK_ALREADY_CLAIMED");
        assertRefused(() -> api.post("/api/v1/tasks/no-such-task/claim", lead, Map.of("responsiblePerson", "无")), 404);
    }

    private ApiClient.Response assertRefused(Supplier<ApiClient.Response> request, int status, String... fields) {
        long eventsBefore = storedEvents();
        List<String> historyBefore = historyTypes();
        ApiClient.Response response = request.get();
        assertProblem(response, status);
        if (fields.length > 0) {
            List<String> named = new ArrayList<>();
            for (JsonNode error : response.json().get("errors")) {
                named.add(error.get("field").asText());
                assertThat(error.get("message").asText()).isNotBlank();
            }
            assertThat(named).contains(fields);
        }
        assertThat(storedEvents()).as("a refused request stores nothing").isEqualTo(eventsBefore);
        assertThat(historyTypes()).isEqualTo(historyBefore).containsExactly("TaskAssigned", "TaskClaimed");
        return response;
    }

    private List<String> historyTypes() {
        List<String> types = new ArrayList<>();
        for (JsonNode entry : api.get("/api/v1/tasks/" + taskId + "/history", supervisor).json().get("entries")) {
            types.add(entry.get("type").asText());
        }
        return types;
    }

    private String path(String action) {
        return "/api/v1/tasks/" + taskId + "/" + action;
    }
}
