package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
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
import static gov.supervision.web.ApiFixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

/** Problems from other systems and inspection findings become tasks of their own. */
class ProblemsAndInspectionsTest extends ApiTestBase {

    private static final String DEPARTMENT = "线索市市场监管局";

    @Test
    void aProblemIsDueInSevenOrThirtyDaysByItsComplexity() {
        String general = created(api.post("/api/v1/problems", tokens.system(), problem("12345-A-001", "GENERAL")));
        String complex = created(api.post("/api/v1/problems", tokens.supervisor(), problem("12345-A-002", "COMPLEX")));
        JsonNode generalTask = awaitTask(general, 1);
        assertThat(generalTask.get("dueDate").asText()).isEqualTo("2023-03-08");
        assertThat(generalTask.get("complexity").asText()).isEqualTo("GENERAL");
        assertThat(generalTask.get("source").get("reference").asText()).isEqualTo("12345-A-001");
        assertThat(awaitTask(complex, 1).get("dueDate").asText()).isEqualTo("2023-03-31");

        JsonNode registered = api.get("/api/v1/tasks/" + general + "/history", tokens.auditor()).json()
                .get("entries").get(1);
        assertThat(registered.get("type").asText()).isEqualTo("ProblemRegistered");
        assertThat(registered.get("payload").get("dueInDays").asInt()).isEqualTo(7);
    }

    @Test
    void theSameSourceAgainAnswersTheRegisteredTaskAndStoresNothing() {
        String first = created(api.post("/api/v1/problems", tokens.system(), problem("12345-B-001", "GENERAL")));
        long before = storedEvents();
        ApiClient.Response again = api.post("/api/v1/problems", tokens.system(), problem("12345-B-001", "GENERAL"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("taskId").asText()).isEqualTo(first);
        assertThat(again.json().get("version").asLong()).isEqualTo(1);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void twentyConcurrentRegistrationsOfOneProblemCreateExactlyOneTask() throws Exception {
        String system = tokens.system();
        Map<String, Object> body = problem("12345-C-001", "GENERAL");
        long before = storedEvents();
        List<ApiClient.Response> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<ApiClient.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> api.post("/api/v1/problems", system, body));
            }
            for (Future<ApiClient.Response> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(200, 201));
        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertThat(answers).extracting(answer -> answer.json().get("taskId").asText()).containsOnly(
                answers.get(0).json().get("taskId").asText());
        assertThat(storedEvents()).as("one task: assigned and registered").isEqualTo(before + 2);
    }

    @Test
    void onlyOtherSystemsAndTheOfficeRegisterProblems() {
        assertProblem(api.post("/api/v1/problems", tokens.department(DEPARTMENT), problem("12345-D-001", "GENERAL")),
                403);
        ApiClient.Response invalid = api.post("/api/v1/problems", tokens.system(),
                Map.of("title", "无来源", "department", DEPARTMENT, "complexity", "HARD"));
        assertProblem(invalid, 400);
    }

    @Test
    void aSystemCannotCaptureAnotherSystemsSourceReference() {
        String newsClient = tokens.token("news-client", "新闻客户端", List.of("SYSTEM"), null, Duration.ofHours(1));
        long before = storedEvents();
        ApiClient.Response captured = api.post("/api/v1/problems", newsClient, problem("12345-E-001", "GENERAL"));
        assertProblem(captured, 403);
        assertThat(captured.json().get("code").asText()).isEqualTo("SOURCE_NOT_ALLOWED");
        assertThat(storedEvents()).as("nothing stored").isEqualTo(before);

        ApiClient.Response hotline = api.post("/api/v1/problems", tokens.system(), problem("12345-E-001", "GENERAL"));
        assertThat(hotline.status()).as("the hotline's own complaint makes its own task").isEqualTo(201);
        ApiClient.Response learned = api.post("/api/v1/problems", newsClient, problem("12345-E-001", "GENERAL"));
        assertProblem(learned, 403);
        assertThat(learned.body()).doesNotContain(hotline.json().get("taskId").asText());
    }

    @Test
    void aSystemRegistersOnlyTheSourceTypesConfiguredForIt() {
        long before = storedEvents();
        ApiClient.Response news = api.post("/api/v1/problems", tokens.system(),
                ApiFixtures.with(problem("NEWS-E-002", "GENERAL"), "source",
                        Map.of("type", "NEWS_MEDIA", "reference", "NEWS-E-002")));
        assertProblem(news, 403);
        assertThat(news.json().get("code").asText()).isEqualTo("SOURCE_NOT_ALLOWED");
        assertThat(storedEvents()).isEqualTo(before);

        ApiClient.Response byTheOffice = api.post("/api/v1/problems", tokens.supervisor(),
                ApiFixtures.with(problem("NEWS-E-002", "GENERAL"), "source",
                        Map.of("type", "NEWS_MEDIA", "reference", "NEWS-E-002")));
        assertThat(byTheOffice.status()).as("the office registers any source type").isEqualTo(201);
    }

    @Test
    void anInspectionsFindingsBecomeRectificationTasksInTheLedger() {
        String related = created(api.post("/api/v1/tasks", tokens.supervisor(), task("食品安全专项整治", DEPARTMENT)));
        ApiClient.Response recorded = api.post("/api/v1/inspections", tokens.supervisor(), Map.of(
                "type", "UNANNOUNCED", "title", "农贸市场食品安全暗访", "inspectors", List.of("督查一组", "钱进"),
                "conductedOn", "2023-02-27",
                "findings", List.of(
                        finding("部分摊位未公示进货票据", DEPARTMENT, "GENERAL", related),
                        finding("冷链食品追溯码缺失", DEPARTMENT, "COMPLEX", null),
                        finding("市场排水沟堵塞", DEPARTMENT, "GENERAL", null))));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String inspectionId = recorded.json().get("inspectionId").asText();
        List<String> rectifications = new ArrayList<>();
        recorded.json().get("rectificationTaskIds").forEach(id -> rectifications.add(id.asText()));
        assertThat(rectifications).hasSize(3).doesNotHaveDuplicates();

        JsonNode first = awaitTask(rectifications.get(0), 1);
        assertThat(first.get("category").asText()).isEqualTo("RECTIFICATION");
        assertThat(first.get("inspectionId").asText()).isEqualTo(inspectionId);
        assertThat(first.get("relatedTaskId").asText()).isEqualTo(related);
        assertThat(first.get("leadDepartment").asText()).isEqualTo(DEPARTMENT);
        assertThat(first.get("title").asText()).contains("部分摊位未公示进货票据");
        assertThat(first.get("dueDate").asText()).isEqualTo("2023-03-08");
        assertThat(awaitTask(rectifications.get(1), 1).get("dueDate").asText()).isEqualTo("2023-03-31");
        awaitTask(rectifications.get(2), 1);

        List<String> listed = new ArrayList<>();
        api.get("/api/v1/tasks?category=RECTIFICATION&department=" + encode(DEPARTMENT), tokens.supervisor())
                .json().get("items").forEach(item -> listed.add(item.get("taskId").asText()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(rectifications);
    }

    @Test
    void anInspectionCannotHaveTakenPlaceInTheFuture() {
        long before = storedEvents();
        ApiClient.Response refused = api.post("/api/v1/inspections", tokens.supervisor(), Map.of(
                "type", "SPECIAL", "title", "未来的督查", "conductedOn", "2023-03-02",
                "findings", List.of(finding("不存在的问题", DEPARTMENT, "GENERAL", null))));
        assertProblem(refused, 409);
        assertThat(refused.json().get("code").asText()).isEqualTo("INSPECTION_IN_FUTURE");
        assertThat(storedEvents()).isEqualTo(before);
    }

    private static Map<String, Object> problem(String reference, String complexity) {
        return Map.of("source", Map.of("type", "HOTLINE", "reference", reference),
                "title", "商户占道经营", "description", "12345热线转办：夜市摊位占用人行道",
                "department", DEPARTMENT, "complexity", complexity);
    }
}
