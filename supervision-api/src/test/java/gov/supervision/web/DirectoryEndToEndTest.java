package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.assertProblem;
import static gov.supervision.web.ApiFixtures.finding;
import static gov.supervision.web.ApiFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory of departments and leaders: names are no longer free text. Every department and leader a command
 * names resolves by code, name or alias, or the command is refused and stores nothing; a leader acts only for the
 * tasks in their charge. Each test registers departments of its own, so that no other test's tasks are counted.
 */
class DirectoryEndToEndTest extends AuditTestBase {

    private static final String DEPARTMENTS = "/api/v1/directory/departments/";
    private static final String LEADERS = "/api/v1/directory/leaders/";

    private JsonNode register(String code, String name, String kind, String... aliases) {
        ApiClient.Response answer = api.put(DEPARTMENTS + code, tokens.supervisor(),
                Map.of("name", name, "kind", kind, "aliases", List.of(aliases)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    private ApiClient.Response assign(String title, String lead, String... co) {
        return api.post("/api/v1/tasks", tokens.supervisor(), task(title, lead, co));
    }

    @Test
    void aDepartmentRegisteredAMomentAgoIsNamedByAnyOfItsNamesAndAnswersCarryItsCode() {
        JsonNode registered = register("MLDA", "名录市档案局", "BUREAU", "市档案局", "档案局");
        assertThat(registered.get("code").asText()).isEqualTo("MLDA");
        assertThat(registered.get("aliases")).extracting(JsonNode::asText).containsExactly("市档案局", "档案局");

        String taskId = created(assign("档案数字化", "档案局", "市财政局"));

        JsonNode task = awaitTask(taskId, 0);
        assertThat(task.get("leadDepartment").asText()).isEqualTo("名录市档案局");
        assertThat(task.get("leadDepartmentCode").asText()).isEqualTo("MLDA");
        assertThat(task.get("coDepartments")).extracting(JsonNode::asText).containsExactly("市财政局");
        assertThat(task.get("coDepartmentCodes")).extracting(JsonNode::asText).containsExactly("CZJ");
        assertThat(task.get("leaderInCharge").asText()).isEqualTo("李副市长");
        assertThat(task.get("leaderId").asText()).isEqualTo("leader-li");
    }

    @Test
    void twoNamesOfOneBureauAndATrailingNoBreakSpaceAreOneDepartment() {
        register("MLFG", "名录市发展和改革委员会", "BUREAU", "名录市发改委", "名录市发展改革委");
        String first = created(assign("项目审批提速", "名录市发改委"));
        String second = created(assign("重点项目调度", "名录市发展改革委\u00a0"));
        awaitTask(first, 0);
        awaitTask(second, 0);

        JsonNode ledger = api.get("/api/v1/tasks?department=MLFG", tokens.supervisor()).json();
        assertThat(ledger.get("items")).extracting(item -> item.get("taskId").asText())
                .containsExactlyInAnyOrder(first, second);
        String ownToken = tokens.department("名录市发展和改革委员会");
        assertThat(version(api.post("/api/v1/tasks/" + second + "/claim", ownToken,
                Map.of("responsiblePerson", "张伟")))).as("the real department is not locked out").isEqualTo(1);
        JsonNode seen = api.get("/api/v1/tasks", tokens.department("名录市发改委")).json();
        assertThat(seen.get("total").asLong()).as("a token naming an alias sees the department's tasks").isEqualTo(2);
    }

    @Test
    void anUnknownDepartmentOrLeaderIsRefusedByItsFieldAndStoresNothing() {
        register("MLWZ", "名录市文旅局", "BUREAU");
        long before = storedEvents();

        List<ApiClient.Response> refused = new ArrayList<>();
        refused.add(assign("幽灵部门任务", "市幽灵局"));
        refused.add(assign("幽灵协同任务", "名录市文旅局", "市幽灵局"));
        refused.add(api.post("/api/v1/tasks", tokens.supervisor(),
                with(task("幽灵领导任务", "名录市文旅局"), "leaderInCharge", "某副市长")));
        refused.add(api.post("/api/v1/problems", tokens.supervisor(), Map.of(
                "source", Map.of("type", "HOTLINE", "reference", "12345-ML-001"), "title", "路灯不亮",
                "department", "市幽灵局", "complexity", "GENERAL")));
        refused.add(api.post("/api/v1/inspections", tokens.supervisor(), Map.of("type", "SPECIAL", "title", "专项督查",
                "conductedOn", "2023-02-28", "findings", List.of(finding("台账不全", "市幽灵局", "GENERAL", null)))));

        List<String> codes = List.of("UNKNOWN_DEPARTMENT", "UNKNOWN_DEPARTMENT", "UNKNOWN_LEADER",
                "UNKNOWN_DEPARTMENT", "UNKNOWN_DEPARTMENT");
        List<String> fields = List.of("leadDepartment", "coDepartments[0]", "leaderInCharge", "department",
                "findings[0].department");
        for (int i = 0; i < refused.size(); i++) {
            ApiClient.Response answer = refused.get(i);
            assertProblem(answer, 400);
            assertThat(answer.json().get("code").asText()).as(answer.toString()).isEqualTo(codes.get(i));
            assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo(fields.get(i));
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void renamingKeepsTheCodeSoTheDepartmentKeepsItsTasks() {
        register("MLNY", "名录市农业局", "BUREAU");
        String taskId = created(assign("高标准农田建设", "名录市农业局"));
        awaitTask(taskId, 0);

        register("MLNY", "名录市农业农村局", "BUREAU", "名录市农业局");

        String renamed = tokens.department("名录市农业农村局");
        assertThat(api.get("/api/v1/tasks/" + taskId, renamed).status()).isEqualTo(200);
        assertThat(version(api.post("/api/v1/tasks/" + taskId + "/claim", renamed,
                Map.of("responsiblePerson", "刘洋")))).isEqualTo(1);
        JsonNode departments = api.get("/api/v1/directory/departments?size=500", tokens.department("名录市农业农村局"))
                .json();
        assertThat(departments.get("items")).filteredOn(d -> d.get("code").asText().equals("MLNY"))
                .singleElement().satisfies(d -> assertThat(d.get("name").asText()).isEqualTo("名录市农业农村局"));
    }

    @Test
    void aNameBelongsToOneDepartmentAndARetiredDepartmentTakesNoNewTask() {
        register("MLSJ", "名录市水利局", "BUREAU", "名录水利局");
        ApiClient.Response taken = api.put(DEPARTMENTS + "MLSJ2", tokens.supervisor(),
                Map.of("name", "名录市水资源局", "kind", "BUREAU", "aliases", List.of("名录水利局")));
        assertProblem(taken, 409);
        assertThat(taken.json().get("code").asText()).isEqualTo("DIRECTORY_NAME_TAKEN");

        assertThat(api.put(DEPARTMENTS + "MLSJ", tokens.supervisor(),
                Map.of("name", "名录市水利局", "kind", "BUREAU", "active", false)).status()).isEqualTo(200);
        ApiClient.Response retired = assign("水库除险加固", "名录市水利局");
        assertProblem(retired, 409);
        assertThat(retired.json().get("code").asText()).isEqualTo("DEPARTMENT_INACTIVE");
    }

    @Test
    void onlyTheOfficeChangesTheDirectoryAndEveryoneReadsIt() {
        assertProblem(api.put(DEPARTMENTS + "MLXX", tokens.department("市教育局"),
                Map.of("name", "名录市信访局", "kind", "BUREAU")), 403);
        assertProblem(api.put(LEADERS + "leader-x", tokens.leader(), Map.of("name", "某副市长")), 403);
        assertProblem(api.put(DEPARTMENTS + "bad%20code%21", tokens.supervisor(),
                Map.of("name", "名录市信访局", "kind", "BUREAU")), 400);
        ApiClient.Response unknownPortfolio = api.put(LEADERS + "leader-x", tokens.supervisor(),
                Map.of("name", "某副市长", "departments", List.of("市幽灵局")));
        assertProblem(unknownPortfolio, 400);
        assertThat(unknownPortfolio.json().get("code").asText()).isEqualTo("UNKNOWN_DEPARTMENT");

        JsonNode counties = api.get("/api/v1/directory/departments?kind=COUNTY&size=500", tokens.auditor()).json();
        assertThat(counties.get("items")).extracting(d -> d.get("code").asText()).contains("GXQ", "ANX");
        JsonNode leaders = api.get("/api/v1/directory/leaders", tokens.department("市教育局")).json();
        assertThat(leaders.get("items")).filteredOn(l -> l.get("id").asText().equals("leader-mayor"))
                .singleElement().satisfies(l -> assertThat(l.get("cityGovernment").asBoolean()).isTrue());
        JsonNode page = api.get("/api/v1/directory/departments?page=1&size=2", tokens.supervisor()).json();
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("total").asLong()).isGreaterThan(30);
    }

    @Test
    void aLeaderActsOnlyForTheTasksInTheirChargeAndTheCityGovernmentsStepIsItsLeaders() {
        register("MLGH", "名录市规划局", "BUREAU");
        String taskId = created(assign("国土空间总体规划", "名录市规划局"));
        String supervisor = tokens.supervisor();
        String toLeader = api.post(ApiFixtures.taskPath(taskId, "escalations"), supervisor,
                Map.of("reason", "用地指标不足")).json().get("escalationId").asText();
        String toCity = api.post(ApiFixtures.taskPath(taskId, "escalations"), supervisor,
                Map.of("reason", "跨区协调未果")).json().get("escalationId").asText();
        long before = storedEvents();

        ApiClient.Response other = api.post(ApiFixtures.taskPath(taskId, "escalations/" + toLeader + "/resolution"),
                tokens.leader("leader-wang"), Map.of("decision", "同意"));
        assertProblem(other, 403);
        assertThat(other.json().get("code").asText()).isEqualTo("NOT_LEADER_IN_CHARGE");
        ApiClient.Response explained = api.post(ApiFixtures.taskPath(taskId, "year-end-explanations"),
                tokens.leader("leader-wang"), Map.of("year", 2023, "explanation", "明年完成"));
        assertProblem(explained, 403);
        assertThat(explained.json().get("code").asText()).isEqualTo("NOT_LEADER_IN_CHARGE");
        ApiClient.Response notCity = api.post(ApiFixtures.taskPath(taskId, "escalations/" + toCity + "/resolution"),
                tokens.leader(), Map.of("decision", "同意"));
        assertProblem(notCity, 403);
        assertThat(notCity.json().get("code").asText()).isEqualTo("NOT_CITY_GOVERNMENT_LEADER");
        ApiClient.Response impostor = api.post(ApiFixtures.taskPath(taskId, "escalations/" + toLeader + "/resolution"),
                tokens.token("leader-fake", "李副市长", List.of("LEADER"), null, java.time.Duration.ofHours(1)),
                Map.of("decision", "同意"));
        assertProblem(impostor, 403);
        assertThat(impostor.json().get("code").asText()).isEqualTo("UNKNOWN_LEADER");
        assertThat(storedEvents()).isEqualTo(before);

        version(api.post(ApiFixtures.taskPath(taskId, "escalations/" + toLeader + "/resolution"), tokens.leader(),
                Map.of("decision", "同意调剂用地指标")));
        version(api.post(ApiFixtures.taskPath(taskId, "escalations/" + toCity + "/resolution"),
                tokens.leader("leader-mayor"), Map.of("decision", "市政府统筹")));
        version(api.post(ApiFixtures.taskPath(taskId, "year-end-explanations"), tokens.leader(),
                Map.of("year", 2023, "explanation", "跨年度项目")));
    }

    @Test
    void aTokenOfADepartmentTheDirectoryDoesNotKnowIsRefused() {
        ApiClient.Response answer = api.get("/api/v1/tasks", tokens.department("名录市幽灵局"));
        assertProblem(answer, 403);
        assertThat(answer.json().get("code").asText()).isEqualTo("UNKNOWN_DEPARTMENT");
    }
}
