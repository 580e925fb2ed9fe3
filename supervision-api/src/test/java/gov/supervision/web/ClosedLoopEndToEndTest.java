package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.DUE;
import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.taskPath;
import static gov.supervision.web.ApiFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

/** One task walked through its whole closed loop over real HTTP, every step checked in ledger and history. */
class ClosedLoopEndToEndTest extends ApiTestBase {

    private static final String LEAD = "闭环市发展改革委";
    private static final String CO = "闭环市财政局";
    private static final String COUNTY = "闭环高新区管委会";

    @Test
    void aTaskTravelsTheWholeClosedLoopAndEveryStepNamesItsActor() {
        String supervisor = tokens.supervisor();
        String lead = tokens.department(LEAD);
        String co = tokens.department(CO);
        String county = tokens.department(COUNTY);
        String leader = tokens.leader();

        ApiClient.Response assigned = api.post("/api/v1/tasks", supervisor, task("推进城市更新行动，完成老旧小区改造", LEAD, CO));
        String taskId = created(assigned);
        assertThat(assigned.header("Location")).isEqualTo("/api/v1/tasks/" + taskId);
        assertThat(version(assigned)).isZero();
        JsonNode ledger = awaitTask(taskId, 0);
        assertThat(ledger.get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(ledger.get("title").asText()).isEqualTo("推进城市更新行动，完成老旧小区改造");
        assertThat(ledger.get("coDepartments").get(0).asText()).isEqualTo(CO);

        ApiClient.Response decomposed = api.post("/api/v1/tasks/" + taskId + "/subtasks", lead,
                with(with(task("高新区老旧小区改造30个", COUNTY), "dueDate", "2023-10-31"), "category", null));
        String subtaskId = created(decomposed);
        assertThat(decomposed.json().get("parentTaskId").asText()).isEqualTo(taskId);
        long v = decomposed.json().get("parentVersion").asLong();
        assertThat(v).isEqualTo(1);
        JsonNode subtask = awaitTask(subtaskId, 0);
        assertThat(subtask.get("parentTaskId").asText()).isEqualTo(taskId);
        assertThat(subtask.get("category").asText()).as("inherited from the parent").isEqualTo("MAJOR_PRIORITY");

        v = expectNext(v, api.post(taskPath(taskId, "claim"), lead, Map.of("responsiblePerson", "张伟")));
        assertThat(awaitTask(taskId, v).get("status").asText()).isEqualTo("CLAIMED");

        v = expectNext(v, api.post(taskPath(taskId, "progress-reports"), lead,
                Map.of("percentComplete", 30, "summary", "改造方案已编制完成，进入招标阶段", "milestone", "方案编制")));
        v = expectNext(v, api.post(taskPath(taskId, "progress-reports"), co,
                Map.of("percentComplete", 40, "summary", "财政资金已拨付第一批")));
        ledger = awaitTask(taskId, v);
        assertThat(ledger.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(ledger.get("percentComplete").asInt()).isEqualTo(40);
        assertThat(ledger.get("lastReport").get("department").asText()).isEqualTo(CO);
        assertThat(ledger.get("milestones").get(0).get("reached").asBoolean()).isTrue();

        v = expectNext(v, api.post(taskPath(taskId, "warnings"), supervisor,
                Map.of("level", "YELLOW", "reason", "招标进度滞后于计划")));
        v = expectNext(v, api.post(taskPath(taskId, "urgings"), supervisor,
                Map.of("message", "请于本周内完成招标并报送进展")));
        assertThat(awaitTask(taskId, v).get("warningLevel").asText()).isEqualTo("YELLOW");

        ApiClient.Response escalated = api.post(taskPath(taskId, "escalations"), lead,
                Map.of("reason", "征收补偿标准需市政府统筹协调"));
        v = expectNext(v, escalated);
        String escalationId = escalated.json().get("escalationId").asText();
        assertThat(awaitTask(taskId, v).get("escalationLevel").asText()).isEqualTo("LEADER");
        v = expectNext(v, api.post(taskPath(taskId, "escalations/" + escalationId + "/resolution"), leader,
                Map.of("decision", "由市财政局牵头制定统一补偿标准")));
        assertThat(awaitTask(taskId, v).get("escalationLevel").asText()).isEqualTo("NONE");

        ApiClient.Response extension = api.post(taskPath(taskId, "extension-requests"), lead,
                Map.of("requestedDueDate", "2024-03-29", "reason", "冬季停工，需顺延一个季度"));
        v = expectNext(v, extension);
        assertThat(awaitTask(taskId, v).get("openRequests")).hasSize(1);
        v = expectNext(v, api.post(taskPath(taskId, "extension-requests/" + extension.json().get("requestId").asText()
                + "/decision"), supervisor, Map.of("approved", true, "comment", "同意延期")));
        ledger = awaitTask(taskId, v);
        assertThat(ledger.get("dueDate").asText()).isEqualTo("2024-03-29");
        assertThat(ledger.get("originalDueDate").asText()).isEqualTo(DUE);
        assertThat(ledger.get("openRequests")).isEmpty();

        ApiClient.Response completion = api.post(taskPath(taskId, "completion-requests"), lead,
                Map.of("summary", "30个小区改造全部完工", "evidence", List.of("验收报告.pdf")));
        v = expectNext(v, completion);
        assertThat(awaitTask(taskId, v).get("status").asText()).isEqualTo("COMPLETION_REQUESTED");
        v = expectNext(v, api.post(taskPath(taskId, "completion-requests/" + completion.json().get("requestId").asText()
                + "/decision"), supervisor, Map.of("approved", false, "comment", "缺少居民满意度调查")));
        assertThat(awaitTask(taskId, v).get("status").asText()).isEqualTo("IN_PROGRESS");

        completion = api.post(taskPath(taskId, "completion-requests"), lead,
                Map.of("summary", "已补充居民满意度调查", "evidence", List.of("满意度调查.xlsx")));
        v = expectNext(v, completion);
        ApiClient.Response approved = api.post(taskPath(taskId, "completion-requests/"
                + completion.json().get("requestId").asText() + "/decision"), supervisor,
                Map.of("approved", true, "comment", "经核查，同意办结"));
        assertThat(version(approved)).as("approval, and the lifting of the yellow warning").isEqualTo(v + 2);
        v = v + 2;
        ledger = awaitTask(taskId, v);
        assertThat(ledger.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(ledger.get("percentComplete").asInt()).isEqualTo(100);
        assertThat(ledger.get("warningLevel").asText()).isEqualTo("NONE");

        ApiClient.Response refused = api.post(taskPath(taskId, "closure"), supervisor, Map.of("comment", "销号"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asText()).isEqualTo("SUBTASKS_OPEN");

        closeSubtask(subtaskId, county, supervisor);
        v = v + 1; // the parent learns that its subtask was closed
        v = expectNext(v, api.post(taskPath(taskId, "closure"), supervisor, Map.of("comment", "任务完成，予以销号")));
        assertThat(awaitTask(taskId, v).get("status").asText()).isEqualTo("CLOSED");
        v = expectNext(v, api.post(taskPath(taskId, "reviews"), lead,
                Map.of("lessons", "提前谋划征收补偿，建立部门联动机制")));

        ledger = awaitTask(taskId, v);
        assertThat(ledger.get("subtaskIds").get(0).asText()).isEqualTo(subtaskId);
        assertLedgerListsIt(taskId, supervisor);
        assertHistory(taskId);
    }

    private void closeSubtask(String subtaskId, String county, String supervisor) {
        long v = expectNext(0, api.post(taskPath(subtaskId, "claim"), county, Map.of("responsiblePerson", "刘洋")));
        ApiClient.Response completion = api.post(taskPath(subtaskId, "completion-requests"), county,
                Map.of("summary", "30个小区全部完工"));
        v = expectNext(v, completion);
        v = expectNext(v, api.post(taskPath(subtaskId, "completion-requests/" + completion.json().get("requestId").asText()
                + "/decision"), supervisor, Map.of("approved", true)));
        v = expectNext(v, api.post(taskPath(subtaskId, "closure"), supervisor, null));
        assertThat(awaitTask(subtaskId, v).get("status").asText()).isEqualTo("CLOSED");
    }

    private void assertLedgerListsIt(String taskId, String supervisor) {
        ApiClient.Response page = api.get("/api/v1/tasks?department=" + encode(LEAD) + "&status=CLOSED", supervisor);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("total").asLong()).isEqualTo(1);
        assertThat(page.json().get("items").get(0).get("taskId").asText()).isEqualTo(taskId);

        ApiClient.Response csv = api.get("/api/v1/tasks?department=" + encode(LEAD) + "&status=CLOSED", supervisor,
                "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = new String(csv.raw(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<Map<String, String>> rows = CsvRows.parse(text.substring(1));
        JsonNode item = page.json().get("items").get(0);
        assertThat(rows).hasSize(1);
        Map<String, String> row = rows.get(0);
        assertThat(row.get("taskId")).isEqualTo(taskId);
        assertThat(row.get("title")).isEqualTo(item.get("title").asText());
        assertThat(row.get("leadDepartment")).isEqualTo(LEAD);
        assertThat(row.get("coDepartments")).isEqualTo(CO);
        assertThat(row.get("status")).isEqualTo("CLOSED");
        assertThat(row.get("dueDate")).isEqualTo("2024-03-29");
        assertThat(row.get("originalDueDate")).isEqualTo(DUE);
        assertThat(row.get("percentComplete")).isEqualTo("100");
        assertThat(row.get("version")).isEqualTo(item.get("version").asText());
    }

    private void assertHistory(String taskId) {
        ApiClient.Response history = api.get("/api/v1/tasks/" + taskId + "/history", tokens.auditor());
        assertThat(history.status()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        List<String> actors = new ArrayList<>();
        long expectedSequence = 0;
        for (JsonNode entry : history.json().get("entries")) {
            assertThat(entry.get("sequence").asLong()).isEqualTo(expectedSequence++);
            assertThat(entry.get("occurredAt").asText()).isEqualTo("2023-03-01T01:00:00Z");
            assertThat(entry.get("correlationId").asText()).isNotBlank();
            types.add(entry.get("type").asText());
            actors.add(entry.get("actor").get("id").asText());
        }
        assertThat(types).containsExactly("TaskAssigned", "SubtaskAdded", "TaskClaimed", "ProgressReported",
                "ProgressReported", "WarningIssued", "UrgingNoticeSent", "TaskEscalated", "EscalationResolved",
                "ExtensionRequested", "ExtensionGranted", "CompletionRequested", "CompletionSentBack",
                "CompletionRequested", "CompletionApproved", "WarningLifted", "SubtaskClosed", "TaskClosed",
                "ReviewRecorded");
        String supervisor = "sup-wang";
        String lead = "dept-" + Math.abs(LEAD.hashCode());
        String co = "dept-" + Math.abs(CO.hashCode());
        assertThat(actors).containsExactly(supervisor, lead, lead, lead, co, supervisor, supervisor, lead, "leader-li",
                lead, supervisor, lead, supervisor, lead, supervisor, supervisor, supervisor, supervisor, lead);
        JsonNode first = history.json().get("entries").get(0);
        assertThat(first.get("actor").get("name").asText()).isEqualTo("王督查");
        assertThat(first.get("actor").get("roles").get(0).asText()).isEqualTo("SUPERVISOR");
        assertThat(first.get("payload").get("details").get("title").asText()).isEqualTo("推进城市更新行动，完成老旧小区改造");
        JsonNode report = history.json().get("entries").get(4);
        assertThat(report.get("actor").get("department").asText()).isEqualTo(CO);
        assertThat(report.get("payload").get("percentComplete").asInt()).isEqualTo(40);
    }

    private static long expectNext(long previous, ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        long version = response.json().get("version").asLong();
        assertThat(version).as("each command stores one event: " + response).isEqualTo(previous + 1);
        return version;
    }
}
