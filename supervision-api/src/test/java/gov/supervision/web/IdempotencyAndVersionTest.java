package gov.supervision.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Retries that store nothing twice, and writes that refuse a stale view of the task. */
class IdempotencyAndVersionTest extends ApiTestBase {

    private static final String LEAD = "幂等市教育局";

    @Test
    void aRepeatedRequestReturnsTheFirstAnswerAndStoresNothing() {
        String supervisor = tokens.supervisor();
        Map<String, Object> body = task("新建公办幼儿园10所", LEAD);
        long before = storedEvents();
        ApiClient.Response first = api.post("/api/v1/tasks", supervisor, body, "Idempotency-Key", "oa-2023-0001");
        ApiClient.Response repeat = api.post("/api/v1/tasks", supervisor, body, "Idempotency-Key", "oa-2023-0001");

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.json()).isEqualTo(first.json());
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEvents()).isEqualTo(before + 1);

        String taskId = first.json().get("taskId").asText();
        List<Map<String, Object>> history = historyOf(taskId);
        assertThat(history).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsUnprocessable() {
        String supervisor = tokens.supervisor();
        api.post("/api/v1/tasks", supervisor, task("建设智慧教育平台", LEAD), "Idempotency-Key", "oa-2023-0002");
        long before = storedEvents();
        ApiClient.Response other = api.post("/api/v1/tasks", supervisor, task("另一个任务", LEAD),
                "Idempotency-Key", "oa-2023-0002");
        assertProblem(other, 422);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void concurrentRepeatsStoreOneCommand() throws Exception {
        String supervisor = tokens.supervisor();
        Map<String, Object> body = task("义务教育学校扩容", LEAD);
        long before = storedEvents();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ApiClient.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> api.post("/api/v1/tasks", supervisor, body, "Idempotency-Key", "oa-2023-0003"));
            }
            List<String> taskIds = new ArrayList<>();
            for (Future<ApiClient.Response> answer : pool.invokeAll(calls)) {
                assertThat(answer.get().status()).as(answer.get().toString()).isEqualTo(201);
                taskIds.add(answer.get().json().get("taskId").asText());
            }
            assertThat(taskIds).containsOnly(taskIds.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void theSameSubjectForAnotherDepartmentIsDecidedAnewNotAnsweredFromTheStore() {
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("幂等跨部门认领", LEAD)));
        String ownDepartment = tokens.token("dept-shared", "共用账号", List.of("DEPARTMENT"), LEAD, Duration.ofHours(1));
        String otherDepartment = tokens.token("dept-shared", "共用账号", List.of("DEPARTMENT"), "幂等市体育局",
                Duration.ofHours(1));
        Map<String, Object> claim = Map.of("responsiblePerson", "周敏");
        ApiClient.Response first = api.post("/api/v1/tasks/" + taskId + "/claim", ownDepartment, claim,
                "Idempotency-Key", "claim-2023-0001");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);

        long before = storedEvents();
        ApiClient.Response foreign = api.post("/api/v1/tasks/" + taskId + "/claim", otherDepartment, claim,
                "Idempotency-Key", "claim-2023-0001");
        assertProblem(foreign, 403);
        assertThat(foreign.json().get("code").asText()).isEqualTo("NOT_LEAD_DEPARTMENT");
        assertThat(foreign.header("Idempotent-Replayed")).isNull();
        assertThat(storedEvents()).isEqualTo(before);

        ApiClient.Response repeat = api.post("/api/v1/tasks/" + taskId + "/claim", ownDepartment, claim,
                "Idempotency-Key", "claim-2023-0001");
        assertThat(repeat.header("Idempotent-Replayed")).as("the first caller still gets its answer").isEqualTo("true");
        assertThat(repeat.json()).isEqualTo(first.json());
    }

    @Test
    void aRoleTheTableRefusesIsRefusedBeforeAnyStoredAnswer() {
        Map<String, Object> body = task("幂等角色变更", LEAD);
        assertThat(api.post("/api/v1/tasks", tokens.supervisor(), body, "Idempotency-Key", "oa-2023-0004").status())
                .isEqualTo(201);
        String sameSubjectAsAuditor = tokens.token("sup-wang", "王督查", List.of("AUDITOR"), null, Duration.ofHours(1));

        ApiClient.Response refused = api.post("/api/v1/tasks", sameSubjectAsAuditor, body,
                "Idempotency-Key", "oa-2023-0004");
        assertProblem(refused, 403);
        assertThat(refused.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void aStaleIfMatchIsRefusedAndTheCurrentOneAccepted() {
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("校舍安全排查", LEAD)));
        String lead = tokens.department(LEAD);
        long claimed = version(api.post("/api/v1/tasks/" + taskId + "/claim", lead,
                Map.of("responsiblePerson", "周敏"), "If-Match", "\"0\""));
        assertThat(claimed).isEqualTo(1);

        long before = storedEvents();
        ApiClient.Response stale = api.post("/api/v1/tasks/" + taskId + "/progress-reports", lead,
                Map.of("percentComplete", 10, "summary", "基于旧版本的报告"), "If-Match", "\"0\"");
        assertProblem(stale, 412);
        assertThat(storedEvents()).isEqualTo(before);

        ApiClient.Response current = api.post("/api/v1/tasks/" + taskId + "/progress-reports", lead,
                Map.of("percentComplete", 10, "summary", "排查完成10%"), "If-Match", "\"1\"");
        assertThat(version(current)).isEqualTo(2);
        assertThat(awaitTask(taskId, 2).get("percentComplete").asInt()).isEqualTo(10);
        assertThat(api.get("/api/v1/tasks/" + taskId, lead).header("ETag")).isEqualTo("\"2\"");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> historyOf(String taskId) {
        ApiClient.Response history = api.get("/api/v1/tasks/" + taskId + "/history", tokens.auditor());
        return objectMapper.convertValue(history.json().get("entries"), List.class);
    }
}
