package gov.supervision.web;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static gov.supervision.web.ApiFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

/** A task's deadlines go with its completion: exactly its own, found through the index, none of another's. */
class DeadlineCancellationTest extends ApiTestBase {

    private static final String LEAD = "撤销市统计局";

    @Test
    void completionCancelsExactlyTheTasksOwnDeadlines() {
        long pendingBefore = pendingDeadlines();
        String other = created(api.post("/api/v1/tasks", tokens.supervisor(), task("统计调查另一项", LEAD)));
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("统计数据质量提升", LEAD)));
        assertThat(indexed(taskId)).as("due soon, overdue, one milestone, two claim limits, the first reporting period")
                .isEqualTo(6);
        assertThat(pendingDeadlines()).isEqualTo(pendingBefore + 12);

        String lead = tokens.department(LEAD);
        version(api.post("/api/v1/tasks/" + taskId + "/claim", lead, Map.of("responsiblePerson", "何平")));
        String request = api.post("/api/v1/tasks/" + taskId + "/completion-requests", lead,
                Map.of("summary", "完成")).json().get("requestId").asText();
        version(api.post("/api/v1/tasks/" + taskId + "/completion-requests/" + request + "/decision",
                tokens.supervisor(), Map.of("approved", true)));

        assertThat(indexed(taskId)).isZero();
        assertThat(indexed(other)).as("another task keeps its deadlines").isEqualTo(6);
        assertThat(pendingDeadlines()).isEqualTo(pendingBefore + 6);
    }

    private long pendingDeadlines() {
        return jdbc.queryForObject("select count(*) from scheduled_tasks", Long.class);
    }

    private long indexed(String taskId) {
        return jdbc.queryForObject("select count(*) from deadline_schedule where scope_key = ?", Long.class,
                "Task:" + taskId);
    }
}
