package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.taskPath;
import static gov.supervision.web.ApiFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year-end review (年底对照检查) shows, beside the progress a lead department reports for its task, the progress
 * the task's subtasks roll up to: a department that reports 95 % while its subtasks stand at 25 % is seen doing so.
 */
class YearEndRollUpTest extends ApiTestBase {

    private static final String LEAD = "全年市财政局";
    private static final String COUNTY_A = "全年市民政局";
    private static final String COUNTY_B = "全年市司法局";

    @Test
    void theReviewShowsTheSelfReportedAndTheRolledUpProgressSideBySide() {
        String lead = tokens.department(LEAD);
        String parent = created(api.post("/api/v1/tasks", tokens.supervisor(), task("财政资金直达", LEAD)));
        version(api.post(taskPath(parent, "claim"), lead, Map.of("responsiblePerson", "王科长")));
        String first = created(api.post(taskPath(parent, "subtasks"), lead,
                with(task("民政资金发放", COUNTY_A), "weight", 3)));
        String second = created(api.post(taskPath(parent, "subtasks"), lead, task("司法经费拨付", COUNTY_B)));
        version(api.post(taskPath(first, "claim"), tokens.department(COUNTY_A), Map.of("responsiblePerson", "赵科长")));
        version(api.post(taskPath(second, "claim"), tokens.department(COUNTY_B), Map.of("responsiblePerson", "钱科长")));
        version(api.post(taskPath(second, "progress-reports"), tokens.department(COUNTY_B),
                Map.of("percentComplete", 100, "summary", "已全部拨付")));
        long reported = version(api.post(taskPath(parent, "progress-reports"), lead,
                Map.of("percentComplete", 95, "summary", "基本完成")));
        awaitTask(parent, reported);

        JsonNode row = ApiClient.await(() -> rowOf(parent), found -> found != null
                && found.get("percentComplete").asInt() == 95 && !found.get("rolledUpPercent").isNull());

        assertThat(row.get("percentComplete").asInt()).as("as the department reports it").isEqualTo(95);
        assertThat(row.get("rolledUpPercent").asInt()).as("(3 x 0 + 1 x 100) / 4").isEqualTo(25);
        assertThat(rowOf(first).get("rolledUpPercent").isNull()).as("a task without subtasks").isTrue();
    }

    private JsonNode rowOf(String taskId) {
        for (JsonNode task : api.get("/api/v1/reports/year-end?year=2023", tokens.auditor()).json().get("tasks")) {
            if (task.get("taskId").asText().equals(taskId)) {
                return task;
            }
        }
        return null;
    }
}
