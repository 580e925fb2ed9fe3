package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.with;
import static gov.supervision.web.ApiFixtures.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The ledger's filters, paging and sorting as reporting tools call them. */
class LedgerQueryTest extends ApiTestBase {

    private static final String LEAD = "台账市自然资源局";
    private static final String CO = "台账市林业局";

    @Test
    void filtersPagesAndSortsTheLedger() {
        String supervisor = tokens.supervisor();
        String early = created(api.post("/api/v1/tasks", supervisor,
                with(task("国土空间规划编制", LEAD, CO), "dueDate", "2023-06-30")));
        String late = created(api.post("/api/v1/tasks", supervisor,
                with(with(task("耕地保护专项整治", LEAD), "dueDate", "2023-11-30"), "category", "RED_LINE")));
        String middle = created(api.post("/api/v1/tasks", supervisor,
                with(task("矿山生态修复", CO), "dueDate", "2023-09-30")));
        version(api.post("/api/v1/tasks/" + late + "/claim", tokens.department(LEAD),
                Map.of("responsiblePerson", "林峰")));
        awaitTask(early, 0);
        awaitTask(middle, 0);
        awaitTask(late, 1);

        String byDepartment = "/api/v1/tasks?department=" + encode(LEAD);
        assertThat(ids(byDepartment + "&sort=dueDate,asc")).containsExactly(early, late);
        assertThat(ids(byDepartment + "&sort=dueDate,desc")).containsExactly(late, early);
        assertThat(ids("/api/v1/tasks?department=" + encode(CO) + "&sort=dueDate")).as("lead or co-operating")
                .containsExactly(early, middle);
        assertThat(ids(byDepartment + "&status=CLAIMED")).containsExactly(late);
        assertThat(ids(byDepartment + "&category=RED_LINE")).containsExactly(late);
        assertThat(ids(byDepartment + "&dueBefore=2023-07-01")).containsExactly(early);
        assertThat(ids(byDepartment + "&dueAfter=2023-07-01")).containsExactly(late);
        assertThat(ids(byDepartment + "&q=" + encode("耕地"))).containsExactly(late);
        assertThat(ids(byDepartment + "&warningLevel=NONE&overdue=false&sort=dueDate")).containsExactly(early, late);

        JsonNode secondPage = api.get(byDepartment + "&sort=dueDate&size=1&page=1", supervisor).json();
        assertThat(secondPage.get("total").asLong()).isEqualTo(2);
        assertThat(secondPage.get("page").asInt()).isEqualTo(1);
        assertThat(secondPage.get("size").asInt()).isEqualTo(1);
        assertThat(secondPage.get("items").get(0).get("taskId").asText()).isEqualTo(late);
    }

    @Test
    void invalidPagingAndSortingAreNamed() {
        String supervisor = tokens.supervisor();
        assertField(api.get("/api/v1/tasks?size=501", supervisor), "size");
        assertField(api.get("/api/v1/tasks?page=-1", supervisor), "page");
        assertField(api.get("/api/v1/tasks?sort=password", supervisor), "sort");
        assertField(api.get("/api/v1/tasks?sort=dueDate,sideways", supervisor), "sort");
        assertField(api.get("/api/v1/tasks?dueBefore=soon", supervisor), "dueBefore");
    }

    @Test
    void anUnknownTaskIsNotFound() {
        ApiClient.Response response = api.get("/api/v1/tasks/00000000-0000-0000-0000-000000000000",
                tokens.supervisor());
        assertProblem(response, 404);
        assertThat(response.json().get("code").asText()).isEqualTo("TASK_NOT_FOUND");
        assertProblem(api.get("/api/v1/tasks/00000000-0000-0000-0000-000000000000/history", tokens.auditor()), 404);
    }

    private List<String> ids(String path) {
        ApiClient.Response page = api.get(path, tokens.supervisor());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.json().get("items").forEach(item -> ids.add(item.get("taskId").asText()));
        return ids;
    }

    private static void assertField(ApiClient.Response response, String field) {
        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

}
