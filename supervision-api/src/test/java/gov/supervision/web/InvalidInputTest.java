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
import static gov.supervision.web.ApiFixtures.json;
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
    void datesMustBeIsoStringsWithAFourDigitYear() {
        assertRefused(() -> api.post("/api/v1/tasks", supervisor, with(task("最远日期", LEAD), "dueDate",
                "+999999999-12-31")), 400, "dueDate");
        assertRefused(() -> api.post("/api/v1/tasks", supervisor, with(task("五位年份", LEAD), "dueDate", "10000-01-01")),
                400, "dueDate");
        assertRefused(() -> api.post("/api/v1/tasks", supervisor, with(task("数字日期", LEAD), "dueDate", 20271231)),
                400, "dueDate");
        assertRefused(() -> api.post("/api/v1/tasks", supervisor, with(task("日期数组", LEAD), "dueDate",
                List.of(2027, 12, 31))), 400, "dueDate");
        assertRefused(() -> api.post("/api/v1/tasks", supervisor, with(task("里程碑日期", LEAD), "milestones",
                List.of(Map.of("name", "方案编制", "dueDate", "+10000-06-30")))), 400, "milestones[0].dueDate");
        assertRefused(() -> api.post(path("extension-requests"), lead,
                Map.of("requestedDueDate", 20240331, "reason", "延期")), 400, "requestedDueDate");
        assertRefused(() -> api.post(path("urgings"), supervisor,
                Map.of("message", "请加快进度", "respondBy", "2023-3-9")), 400, "respondBy");
        assertRefused(() -> api.post("/api/v1/inspections", supervisor, Map.of("type", "SPECIAL", "title", "专项督查",
                "conductedOn", "+999999999-03-01")), 400, "conductedOn");
    }

    @Test
    void dateQueryParametersMustBeIsoDatesWithAFourDigitYear() {
        assertRefused(() -> api.get("/api/v1/tasks?dueBefore=" + encode("+999999999-12-31"), supervisor),
                400, "dueBefore");
        assertRefused(() -> api.get("/api/v1/tasks?dueAfter=" + encode("2023-12-31+08:00"), supervisor),
                400, "dueAfter");
        assertThat(api.get("/api/v1/tasks?dueBefore=2023-12-31&dueAfter=2023-01-01", supervisor).status())
                .isEqualTo(200);
    }

    @Test
    void aPageBeyondTheLargestOffsetIsRefusedNamingThePage() {
        for (String list : List.of("/api/v1/tasks", "/api/v1/warnings", "/api/v1/escalations")) {
            assertRefused(() -> api.get(list + "?page=2147483647&size=500", supervisor), 400, "page");
            assertRefused(() -> api.get(list + "?page=4294967&size=500", supervisor), 400, "page");
            assertThat(api.get(list + "?page=4294966&size=500", supervisor).json().get("items")).as(list).isEmpty();
        }
    }

    @Test
    void somethingAfterTheJsonValueIsRefused() {
        ApiClient.Response garbage = assertRefused(() -> api.postRaw(path("progress-reports"), lead,
                "application/json", "{\"percentComplete\": 10, \"summary\": \"推进\"} 多余".getBytes(StandardCharsets.UTF_8)),
                400);
        assertThat(garbage.json().get("detail").asText()).contains("JSON");
        assertRefused(() -> api.postRaw(path("progress-reports"), lead, "application/json",
                "{\"percentComplete\": 10, \"summary\": \"推进\"} {}".getBytes(StandardCharsets.UTF_8)), 400);
    }

    @Test
    void aFieldGivenTwiceIsRefusedNamingIt() {
        ApiClient.Response twice = assertRefused(() -> api.postRaw(path("progress-reports"), lead, "application/json",
                "{\"percentComplete\": 10, \"summary\": \"推进\", \"percentComplete\": 90}"
                        .getBytes(StandardCharsets.UTF_8)), 400, "percentComplete");
        assertThat(twice.json().get("errors").get(0).get("message").asText()).contains("twice");
        assertRefused(() -> api.postRaw("/api/v1/tasks", supervisor, "application/json",
                json(task("重复里程碑", LEAD)).replace("\"name\":\"方案编制\"", "\"name\":\"方案\",\"name\":\"编制\"")
                        .getBytes(StandardCharsets.UTF_8)), 400, "milestones[0].name");
    }

    @Test
    void numbersEnumsAndBooleansMustBeGivenAsTheirJsonType() {
        assertRefused(() -> api.post(path("progress-reports"), lead, Map.of("percentComplete", 50.5, "summary", "过半")),
                400, "percentComplete");
        assertRefused(() -> api.post(path("progress-reports"), lead, Map.of("percentComplete", "50", "summary", "过半")),
                400, "percentComplete");
        assertRefused(() -> api.post(path("warnings"), supervisor, Map.of("level", 1, "reason", "数字级别")),
                400, "level");
        assertRefused(() -> api.post("/api/v1/tasks", supervisor, with(task("数字类别", LEAD), "category", 0)),
                400, "category");
        assertRefused(() -> api.post(path("progress-reports"), lead, Map.of("percentComplete", 50, "summary", 12345)),
                400, "summary");
        String requestId = completionRequested();
        List<String> requested = List.of("TaskAssigned", "TaskClaimed", "CompletionRequested");
        for (Object approved : List.of("true", 1, "yes")) {
            assertRefused(requested, () -> api.post(path("completion-requests/" + requestId + "/decision"), supervisor,
                    Map.of("approved", approved)), 400, "approved");
        }
    }

    @Test
    void textIsStoredInNfcWithoutSurroundingWhiteSpace() {
        String title = "\u3000 咖啡馆Cafe\u0301改造\u00A0\t";
        String id = created(api.post("/api/v1/tasks", supervisor, with(with(task(title, LEAD), "description",
                "第一行\n\t第二行\r\n第三行 "), "coDepartments", List.of("\u00A0校验市财政局 "))));
        JsonNode stored = api.awaitTask(id, supervisor, 0);
        assertThat(stored.get("title").asText()).isEqualTo("咖啡馆Caf\u00E9改造");
        assertThat(stored.get("description").asText()).isEqualTo("第一行\n\t第二行\r\n第三行");
        assertThat(stored.get("coDepartments").get(0).asText()).isEqualTo("校验市财政局");
    }

    @Test
    void controlCharactersAndBrokenCharactersAreRefusedNamingTheField() {
        for (String title : List.of("响铃\u0007标题", "删除\u007F标题", "换页\u000C标题", "下一行\u0085标题", "空\u0000字符")) {
            assertRefused(() -> api.post("/api/v1/tasks", supervisor, with(task("控制字符", LEAD), "title", title)),
                    400, "title");
        }
        byte[] loneSurrogate = json(task("\uFFFF", LEAD)).replace("\uFFFF", "坏\\uD800字").getBytes(StandardCharsets.UTF_8);
        ApiClient.Response broken = assertRefused(() -> api.postRaw("/api/v1/tasks", supervisor, "application/json",
                loneSurrogate), 400, "title");
        assertThat(broken.json().get("errors").get(0).get("message").asText()).isNotBlank();
        byte[] loneLow = json(task("\uFFFF", LEAD)).replace("\uFFFF", "\\uDC00").getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> api.postRaw("/api/v1/tasks", supervisor, "application/json", loneLow), 400, "title");
        assertRefused(() -> api.post(path("claim"), lead, Map.of("responsiblePerson", "陈\u001B[31m静")),
                400, "responsiblePerson");
        assertRefused(() -> api.post("/api/v1/tasks", supervisor, with(task("协办单位", LEAD), "coDepartments",
                List.of("校验市\u0008财政局"))), 400, "coDepartments[0]");
    }

    @Test
    void aTitleOfOnlyWhiteSpaceIsBlank() {
        assertRefused(() -> api.post("/api/v1/tasks", supervisor, with(task("空白", LEAD), "title", "\u00A0\u3000 \t\n")),
                400, "title");
        assertRefused(() -> api.post(path("claim"), lead, Map.of("responsiblePerson", "\u3000")), 400,
                "responsiblePerson");
    }

    @Test
    void aBodyDeclaredInAnotherCharsetThanUtf8IsUnsupported() {
        byte[] body = json(Map.of("percentComplete", 10, "summary", "中文进度")).getBytes(StandardCharsets.UTF_8);
        for (String charset : List.of("ISO-8859-1", "GBK", "UTF-16", "no-such-charset")) {
            assertRefused(() -> api.postRaw(path("progress-reports"), lead, "application/json;charset=" + charset, body),
                    415);
        }
        long v = version(api.postRaw(path("progress-reports"), lead, "application/json;charset=utf-8", body));
        assertThat(api.awaitTask(taskId, supervisor, v).get("lastReport").get("summary").asText()).isEqualTo("中文进度");
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
        return assertRefused(List.of("TaskAssigned", "TaskClaimed"), request, status, fields);
    }

    private ApiClient.Response assertRefused(List<String> history, Supplier<ApiClient.Response> request, int status,
                                             String... fields) {
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
        assertThat(historyTypes()).isEqualTo(historyBefore).containsExactlyElementsOf(history);
        return response;
    }

    /** The task's department asks for completion; answers the request's id. */
    private String completionRequested() {
        ApiClient.Response requested = api.post(path("completion-requests"), lead, Map.of("summary", "已完成"));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        return requested.json().get("requestId").asText();
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
