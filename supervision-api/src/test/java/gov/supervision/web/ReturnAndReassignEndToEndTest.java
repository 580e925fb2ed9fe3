package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.assertProblem;
import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.taskPath;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who holds a task, over real HTTP: a department returns what is not its own (退回), the office gives it to another
 * (改派), the new department claims it and hands it over (交接); a warning is lifted by hand; a problem the source
 * system dispatches anew follows it to the department it now names, until claimed.
 */
class ReturnAndReassignEndToEndTest extends ApiTestBase {

    private static final String CIVIL = "改派市民政局";
    private static final String LABOUR = "改派市人力资源社会保障局";
    private static final String MEDICAL = "改派市医疗保障局";

    private String assign(String title, String lead) {
        return created(api.post("/api/v1/tasks", tokens.supervisor(), task(title, lead)));
    }

    private List<String> historyTypes(String taskId) {
        List<String> types = new ArrayList<>();
        api.get("/api/v1/tasks/" + taskId + "/history", tokens.auditor()).json().get("entries")
                .forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }

    private JsonNode lastEvent(String taskId) {
        JsonNode entries = api.get("/api/v1/tasks/" + taskId + "/history", tokens.auditor()).json().get("entries");
        return entries.get(entries.size() - 1);
    }

    @Test
    void aReturnedTaskIsReassignedAndTheNewDepartmentClaimsAndHandsItOver() {
        String taskId = assign("困难群众就业帮扶", CIVIL);

        ApiClient.Response returned = api.post(taskPath(taskId, "return"), tokens.department(CIVIL),
                Map.of("reason", "就业帮扶属人社部门职责", "suggestedDepartment", "改派人社局"));
        assertThat(version(returned)).isEqualTo(1);
        JsonNode afterReturn = awaitTask(taskId, 1);
        assertThat(afterReturn.get("status").asText()).isEqualTo("RETURNED");
        JsonNode returnEvent = lastEvent(taskId);
        assertThat(returnEvent.get("type").asText()).isEqualTo("TaskReturned");
        assertThat(returnEvent.get("payload").get("suggestedDepartment").asText()).isEqualTo(LABOUR);
        assertThat(returnEvent.get("payload").get("suggestedDepartmentCode").asText()).isEqualTo("T42");

        ApiClient.Response reassigned = api.post(taskPath(taskId, "reassignment"), tokens.supervisor(),
                Map.of("leadDepartment", "改派人社局", "coDepartments", List.of(CIVIL), "reason", "按职责改由人社局牵头"));
        assertThat(version(reassigned)).isEqualTo(2);
        JsonNode afterReassignment = awaitTask(taskId, 2);
        assertThat(afterReassignment.get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(afterReassignment.get("leadDepartment").asText()).isEqualTo(LABOUR);
        assertThat(afterReassignment.get("leadDepartmentCode").asText()).isEqualTo("T42");

        ApiClient.Response formerLead = api.post(taskPath(taskId, "claim"), tokens.department(CIVIL),
                Map.of("responsiblePerson", "张伟"));
        assertProblem(formerLead, 403);
        long claimed = version(api.post(taskPath(taskId, "claim"), tokens.department(LABOUR),
                Map.of("responsiblePerson", "陈静")));

        long handedOver = version(api.post(taskPath(taskId, "responsible-person"), tokens.department(LABOUR),
                Map.of("responsiblePerson", "刘洋", "reason", "陈静调岗")));
        assertThat(handedOver).isEqualTo(claimed + 1);
        assertThat(awaitTask(taskId, handedOver).get("responsiblePerson").asText()).isEqualTo("刘洋");
        JsonNode handOver = lastEvent(taskId);
        assertThat(handOver.get("type").asText()).isEqualTo("ResponsiblePersonChanged");
        assertThat(handOver.get("payload").get("previousResponsiblePerson").asText()).isEqualTo("陈静");
        assertThat(handOver.get("payload").get("reason").asText()).isEqualTo("陈静调岗");
    }

    @Test
    void aClaimedTaskIsNeitherReturnedNorReassignedAndNothingIsStored() {
        String taskId = assign("养老服务设施建设", CIVIL);
        version(api.post(taskPath(taskId, "claim"), tokens.department(CIVIL), Map.of("responsiblePerson", "张伟")));
        long before = storedEvents();

        ApiClient.Response returned = api.post(taskPath(taskId, "return"), tokens.department(CIVIL),
                Map.of("reason", "不属本单位"));
        assertProblem(returned, 409);
        assertThat(returned.json().get("code").asText()).isEqualTo("TASK_ALREADY_CLAIMED");
        ApiClient.Response reassigned = api.post(taskPath(taskId, "reassignment"), tokens.supervisor(),
                Map.of("leadDepartment", MEDICAL, "reason", "改派"));
        assertProblem(reassigned, 409);
        assertThat(reassigned.json().get("code").asText()).isEqualTo("TASK_ALREADY_CLAIMED");
        ApiClient.Response stale = api.post(taskPath(taskId, "responsible-person"), tokens.department(CIVIL),
                Map.of("responsiblePerson", "刘洋", "reason", "调岗"), "If-Match", "\"0\"");
        assertProblem(stale, 412);

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void theOfficeLiftsAWarningByHandOnceAndTheWarningStaysInHistory() {
        String taskId = assign("医保基金监管", MEDICAL);
        ApiClient.Response warned = api.post(taskPath(taskId, "warnings"), tokens.supervisor(),
                Map.of("level", "YELLOW", "reason", "进度滞后"));
        String warningId = warned.json().get("warningId").asText();
        assertThat(awaitTask(taskId, version(warned)).get("warningLevel").asText()).isEqualTo("YELLOW");

        ApiClient.Response lifted = api.post(taskPath(taskId, "warnings/" + warningId + "/lifting"),
                tokens.supervisor(), Map.of("reason", "已整改到位"), "Idempotency-Key", "lift-" + warningId);
        long version = version(lifted);
        assertThat(lifted.json().get("warningId").asText()).isEqualTo(warningId);
        assertThat(awaitTask(taskId, version).get("warningLevel").asText()).isEqualTo("NONE");
        JsonNode lifting = lastEvent(taskId);
        assertThat(lifting.get("type").asText()).isEqualTo("WarningLifted");
        assertThat(lifting.get("payload").get("reason").asText()).isEqualTo("LIFTED_BY_HAND");
        assertThat(lifting.get("payload").get("comment").asText()).isEqualTo("已整改到位");
        assertThat(historyTypes(taskId)).contains("WarningIssued");

        long before = storedEvents();
        ApiClient.Response repeated = api.post(taskPath(taskId, "warnings/" + warningId + "/lifting"),
                tokens.supervisor(), Map.of("reason", "已整改到位"), "Idempotency-Key", "lift-" + warningId);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(version(repeated)).as("the first answer, replayed").isEqualTo(version);
        ApiClient.Response again = api.post(taskPath(taskId, "warnings/" + warningId + "/lifting"),
                tokens.supervisor(), Map.of("reason", "再次解除"));
        assertProblem(again, 409);
        assertThat(again.json().get("code").asText()).isEqualTo("WARNING_NOT_ACTIVE");
        ApiClient.Response unknown = api.post(taskPath(taskId, "warnings/no-such-warning/lifting"),
                tokens.supervisor(), Map.of("reason", "解除"));
        assertProblem(unknown, 404);
        assertThat(unknown.json().get("code").asText()).isEqualTo("UNKNOWN_WARNING");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aProblemDispatchedAnewFollowsItsDepartmentUntilClaimed() {
        Map<String, Object> toCivil = problem("12345-RR-001", CIVIL);
        String taskId = created(api.post("/api/v1/problems", tokens.system(), toCivil));
        awaitTask(taskId, 1);

        ApiClient.Response redirected = api.post("/api/v1/problems", tokens.system(), problem("12345-RR-001", "T43"));
        assertThat(redirected.status()).as(redirected.toString()).isEqualTo(200);
        assertThat(redirected.json().get("taskId").asText()).isEqualTo(taskId);
        assertThat(version(redirected)).isEqualTo(2);
        JsonNode moved = awaitTask(taskId, 2);
        assertThat(moved.get("leadDepartment").asText()).isEqualTo(MEDICAL);
        assertThat(moved.get("status").asText()).isEqualTo("ASSIGNED");
        JsonNode reassignment = lastEvent(taskId);
        assertThat(reassignment.get("type").asText()).isEqualTo("TaskReassigned");
        assertThat(reassignment.get("payload").get("reason").asText())
                .isEqualTo("来源系统重新派单：HOTLINE 12345-RR-001");

        long before = storedEvents();
        ApiClient.Response same = api.post("/api/v1/problems", tokens.system(), problem("12345-RR-001", MEDICAL));
        assertThat(same.status()).isEqualTo(200);
        assertThat(version(same)).isEqualTo(2);
        assertThat(storedEvents()).as("the same department again changes nothing").isEqualTo(before);

        version(api.post(taskPath(taskId, "claim"), tokens.department(MEDICAL), Map.of("responsiblePerson", "王芳")));
        long claimed = storedEvents();
        ApiClient.Response tooLate = api.post("/api/v1/problems", tokens.system(), toCivil);
        assertProblem(tooLate, 409);
        assertThat(tooLate.json().get("code").asText()).isEqualTo("TASK_ALREADY_CLAIMED");
        assertThat(storedEvents()).isEqualTo(claimed);
    }

    private static Map<String, Object> problem(String reference, String department) {
        return Map.of("source", Map.of("type", "HOTLINE", "reference", reference),
                "title", "低保待遇发放延迟", "description", "12345热线转办：低保金未按时发放",
                "department", department, "complexity", "GENERAL");
    }
}
