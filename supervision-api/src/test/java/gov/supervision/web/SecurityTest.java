package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.assertProblem;
import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.taskPath;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what: tokens, roles, and a department acting and seeing only its own tasks. */
class SecurityTest extends ApiTestBase {

    private static final String OWN = "安全市交通运输局";
    private static final String OTHER = "安全市水利局";
    private static final String COUNTY = "安全县人民政府";
    private static final String DUAL_OWN = "兼职市商务局";
    private static final String DUAL_OTHER = "兼职市文化旅游局";

    @Test
    void requestsWithoutTokenAreUnauthorized() {
        assertProblem(api.get("/api/v1/tasks", null), 401);
        assertProblem(api.post("/api/v1/tasks", null, task("无令牌任务", OWN)), 401);
    }

    @Test
    void forgedExpiredOrIncompleteTokensAreUnauthorized() {
        SecretKeySpec otherKey = new SecretKeySpec(
                "a-forger-does-not-know-the-real-secret-0123456789".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        String forged = new Tokens(new NimbusJwtEncoder(new com.nimbusds.jose.jwk.source.ImmutableSecret<>(otherKey)))
                .supervisor();
        assertProblem(api.get("/api/v1/tasks", forged), 401);
        assertProblem(api.get("/api/v1/tasks", "not-a-jwt"), 401);

        String expired = tokens.token("sup-old", "过期", List.of("SUPERVISOR"), null, Duration.ofMinutes(-10));
        assertProblem(api.get("/api/v1/tasks", expired), 401);

        String departmentWithoutDepartment = tokens.token("dept-x", "无部门", List.of("DEPARTMENT"), null,
                Duration.ofHours(1));
        assertProblem(api.get("/api/v1/tasks", departmentWithoutDepartment), 401);
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        String forever = tokens.supervisorWith(claims -> claims.issuedAt(Instant.now()));

        assertProblem(api.get("/api/v1/tasks", forever), 401);
    }

    @Test
    void aTokenLivingLongerThanTheCeilingIsRefused() {
        Instant now = Instant.now();
        String twoDaysFromIssue = tokens.supervisorWith(claims -> claims.issuedAt(now)
                .expiresAt(now.plus(Duration.ofDays(2))));
        String twoDaysFromNow = tokens.supervisorWith(claims -> claims.expiresAt(now.plus(Duration.ofDays(2))));
        String issuedNextMonth = tokens.supervisorWith(claims -> claims.issuedAt(now.plus(Duration.ofDays(30)))
                .expiresAt(now.plus(Duration.ofDays(30)).plus(Duration.ofHours(1))));
        assertProblem(api.get("/api/v1/tasks", twoDaysFromIssue), 401);
        assertProblem(api.get("/api/v1/tasks", twoDaysFromNow), 401);
        assertProblem(api.get("/api/v1/tasks", issuedNextMonth), 401);

        String withinADay = tokens.supervisorWith(claims -> claims.issuedAt(now.minus(Duration.ofHours(23)))
                .expiresAt(now.plus(Duration.ofMinutes(30))));
        assertThat(api.get("/api/v1/tasks", withinADay).status()).as("23.5 hours are within the ceiling of a day")
                .isEqualTo(200);
    }

    @Test
    void rolesMayOnlyCallWhatTheContractGivesThem() {
        long before = storedEvents();
        assertProblem(api.post("/api/v1/tasks", tokens.department(OWN), task("部门不能交办", OWN)), 403);
        assertProblem(api.post("/api/v1/tasks", tokens.auditor(), task("审计不能交办", OWN)), 403);
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("角色测试任务", OWN)));
        assertProblem(api.post("/api/v1/tasks/" + taskId + "/claim", tokens.leader(),
                Map.of("responsiblePerson", "某人")), 403);
        assertProblem(api.post("/api/v1/tasks/" + taskId + "/warnings", tokens.auditor(),
                Map.of("level", "RED", "reason", "审计无权预警")), 403);
        assertProblem(api.post("/api/v1/tasks/" + taskId + "/year-end-explanations", tokens.supervisor(),
                Map.of("year", 2023, "explanation", "督查室不能代替领导说明")), 403);
        assertProblem(api.get("/api/v1/tasks/" + taskId + "/history", tokens.department(OWN)), 403);
        assertThat(storedEvents()).as("only the assignment was stored").isEqualTo(before + 1);
    }

    @Test
    void aForeignDepartmentCannotActOnATask() {
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("外部门不能认领", OWN)));
        long before = storedEvents();
        ApiClient.Response claim = api.post("/api/v1/tasks/" + taskId + "/claim", tokens.department(OTHER),
                Map.of("responsiblePerson", "外人"));
        assertProblem(claim, 403);
        assertThat(claim.json().get("code").asText()).isEqualTo("NOT_LEAD_DEPARTMENT");

        api.post("/api/v1/tasks/" + taskId + "/claim", tokens.department(OWN), Map.of("responsiblePerson", "张伟"));
        ApiClient.Response report = api.post("/api/v1/tasks/" + taskId + "/progress-reports",
                tokens.department(OTHER), Map.of("percentComplete", 10, "summary", "越权报告"));
        assertProblem(report, 403);
        assertThat(report.json().get("code").asText()).isEqualTo("NOT_TASK_DEPARTMENT");
        assertThat(storedEvents()).as("only the rightful claim was stored").isEqualTo(before + 1);

        awaitTask(taskId, 1);
        ApiClient.Response read = api.get("/api/v1/tasks/" + taskId, tokens.department(OTHER));
        assertProblem(read, 403);
    }

    @Test
    void aCooperatingDepartmentReportsButCannotActAsLead() {
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("协同部门权限", OWN, OTHER)));
        api.post("/api/v1/tasks/" + taskId + "/claim", tokens.department(OWN), Map.of("responsiblePerson", "张伟"));
        ApiClient.Response report = api.post("/api/v1/tasks/" + taskId + "/progress-reports",
                tokens.department(OTHER), Map.of("percentComplete", 20, "summary", "协同部门已完成资金测算"));
        assertThat(report.status()).isEqualTo(200);
        ApiClient.Response extension = api.post("/api/v1/tasks/" + taskId + "/extension-requests",
                tokens.department(OTHER), Map.of("requestedDueDate", "2024-06-30", "reason", "协同部门无权申请"));
        assertProblem(extension, 403);
        assertThat(extension.json().get("code").asText()).isEqualTo("NOT_LEAD_DEPARTMENT");
    }

    @Test
    void aDepartmentsLedgerShowsOnlyItsOwnTasksAndTheirSubtasks() {
        String supervisor = tokens.supervisor();
        String own = created(api.post("/api/v1/tasks", supervisor, task("本部门牵头任务", OWN)));
        String cooperating = created(api.post("/api/v1/tasks", supervisor, task("本部门协同任务", OTHER, OWN)));
        String foreign = created(api.post("/api/v1/tasks", supervisor, task("其他部门任务", OTHER)));
        String subtask = created(api.post("/api/v1/tasks/" + own + "/subtasks", supervisor,
                ApiFixtures.with(task("县级分解任务", COUNTY), "dueDate", "2023-09-30")));
        awaitTask(own, 1);
        awaitTask(subtask, 0);
        awaitTask(cooperating, 0);
        awaitTask(foreign, 0);

        List<String> seen = ids(api.get("/api/v1/tasks?size=500", tokens.department(OWN)));
        assertThat(seen).contains(own, cooperating, subtask).doesNotContain(foreign);
        assertThat(api.get("/api/v1/tasks/" + subtask, tokens.department(OWN)).status()).isEqualTo(200);

        List<String> countySees = ids(api.get("/api/v1/tasks?size=500", tokens.department(COUNTY)));
        assertThat(countySees).containsExactly(subtask);

        List<String> supervisorSees = ids(api.get("/api/v1/tasks?size=500&q=" + encode("其他部门任务"), supervisor));
        assertThat(supervisorSees).contains(foreign);
    }

    @Test
    void aDepartmentTokenWithTheSystemRoleSeesOnlyItsOwnDepartmentsTasks() {
        String supervisor = tokens.supervisor();
        String own = created(api.post("/api/v1/tasks", supervisor, task("兼职本部门任务", DUAL_OWN)));
        String foreign = created(api.post("/api/v1/tasks", supervisor, task("兼职外部门任务", DUAL_OTHER)));
        api.post(taskPath(foreign, "warnings"), supervisor, Map.of("level", "RED", "reason", "外部门红色预警"));
        api.post(taskPath(foreign, "escalations"), supervisor, Map.of("reason", "外部门提请协调"));
        awaitTask(own, 0);
        awaitTask(foreign, 2);
        ApiClient.await(() -> api.get("/api/v1/warnings?department=" + encode(DUAL_OTHER), supervisor),
                page -> page.json().get("total").asLong() == 1);
        ApiClient.await(() -> api.get("/api/v1/escalations?size=500", supervisor),
                page -> page.body().contains(foreign));

        String departmentAndSystem = tokens.token("dept-sys", "商务局接口", List.of("DEPARTMENT", "SYSTEM"), DUAL_OWN,
                Duration.ofHours(1));
        assertThat(ids(api.get("/api/v1/tasks?size=500", departmentAndSystem))).contains(own).doesNotContain(foreign);
        ApiClient.Response read = api.get("/api/v1/tasks/" + foreign, departmentAndSystem);
        assertProblem(read, 403);
        assertThat(read.json().get("code").asText()).isEqualTo("NOT_TASK_DEPARTMENT");
        assertThat(api.get("/api/v1/warnings?size=500", departmentAndSystem).body()).doesNotContain(foreign);
        assertThat(api.get("/api/v1/escalations?size=500", departmentAndSystem).body()).doesNotContain(foreign);
        ApiClient.Response csv = api.get("/api/v1/tasks?size=500", departmentAndSystem, "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains(own).doesNotContain(foreign);
    }

    @Test
    void aDepartmentTokenActsOnlyForItsDepartmentWhateverElseItHolds() {
        String foreign = created(api.post("/api/v1/tasks", tokens.supervisor(), task("兼职不能认领", DUAL_OTHER)));
        long before = storedEvents();
        for (List<String> roles : List.of(List.of("DEPARTMENT", "SYSTEM"), List.of("DEPARTMENT", "AUDITOR"))) {
            String token = tokens.token("dept-dual", "兼职", roles, DUAL_OWN, Duration.ofHours(1));
            ApiClient.Response claim = api.post(taskPath(foreign, "claim"), token, Map.of("responsiblePerson", "越权"));
            assertProblem(claim, 403);
            assertThat(claim.json().get("code").asText()).as(roles.toString()).isEqualTo("NOT_LEAD_DEPARTMENT");
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aDepartmentTokenThatIsAlsoAnAuditorReadsEveryTask() {
        String foreign = created(api.post("/api/v1/tasks", tokens.supervisor(), task("兼职审计可见", DUAL_OTHER)));
        awaitTask(foreign, 0);
        String departmentAndAuditor = tokens.token("dept-audit", "商务局审计", List.of("DEPARTMENT", "AUDITOR"),
                DUAL_OWN, Duration.ofHours(1));

        assertThat(api.get("/api/v1/tasks/" + foreign, departmentAndAuditor).status()).isEqualTo(200);
    }

    private static List<String> ids(ApiClient.Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode item : page.json().get("items")) {
            ids.add(item.get("taskId").asText());
        }
        return ids;
    }
}
