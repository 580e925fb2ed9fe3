package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.finding;
import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.taskPath;
import static gov.supervision.web.ApiFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A spring of activity for three departments, driven through commands and the simulated clock from
 * 2023-03-01 (Beijing) to 2023-04-10, and every figure of the reports checked against values worked out by
 * hand below from the rules of time (v1.1). Times: t0 = Wed 2023-03-01 09:00 Beijing; a warning "on D" is raised
 * at the start of day D in Beijing (D-1 16:00Z). March 2023 has no holiday; 04-05 (清明) is one. A task must be
 * claimed within 3 working days (yellow at the end of the third, red two working days later); a date due on a
 * non-working day moves to the next working day; due soon is 3 days before the due date, overdue the day after;
 * a red spell escalates to the leader after 7 days and, no leader having decided, to the city after 14.
 * <pre>
 * A (发改委): A1 due 03-20, report + completion 03-10 (on time);  A2 due Sun 03-05, so Mon 03-06: yellow 03-03,
 *             red 03-07, escalated 03-14 (leader), completed 03-20 09:00 (late, before the city step of 03-21);
 *             a commendation on A1 and an admonishment talk on A2.
 * B (住建局): B1 due 03-15, extended at t0 to Sun 04-30, so Thu 05-04 (05-01..03 holiday), completed 04-10: on
 *             time, the extension having been asked for before the original due date; B2 weekly, claimed at t0, no report ever: W10 missed yellow 03-11, W11,
 *             W12, W13 (ends 04-02) and W14 missed red 03-18, 03-25, 04-01 and 04-08, escalated 03-25 and 04-01;
 *             R3 finding (complex, due Fri 03-31) never claimed: not claimed yellow 03-07 and red 03-09,
 *             escalated 03-16 and 03-23, due soon yellow 03-28, overdue red 04-01 (the same red spell).
 * C (环保局): R1 finding (due 03-08) claimed 03-03, completed 03-03 (on time); R2 finding (due Wed 03-08) never
 *             claimed: due soon yellow 03-05, not claimed yellow 03-07, not claimed and overdue red 03-09,
 *             escalated 03-16 and 03-23.
 * </pre>
 * A missed period counts in the briefing of the period it belongs to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsYearTest extends AuditTestBase {

    private static final String A = "报告市发展改革委";
    private static final String B = "报告市住房城乡建设局";
    private static final String C = "报告市生态环境局";

    private String b2;

    @BeforeAll
    void aSpringOfActivity() {
        connect();
        String supervisor = tokens.supervisor();
        String a = tokens.department(A);
        String b = tokens.department(B);
        String c = tokens.department(C);

        String a1 = assign("重点项目开工", A, "2023-03-20", "NONE");
        String a2 = assign("营商环境优化", A, "2023-03-05", "NONE");
        String b1 = assign("城中村改造", B, "2023-03-15", "NONE");
        b2 = assign("保障性住房建设", B, "2023-12-31", "WEEKLY");
        for (String[] claim : new String[][]{{a1, a}, {a2, a}, {b1, b}, {b2, b}}) {
            version(api.post(taskPath(claim[0], "claim"), claim[1], Map.of("responsiblePerson", "负责人")));
        }
        JsonNode inspection = api.post("/api/v1/inspections", supervisor, Map.of(
                "type", "SPECIAL", "title", "生态环境专项督查", "conductedOn", "2023-03-01",
                "findings", List.of(finding("污水直排", C, "GENERAL", null), finding("扬尘未覆盖", C, "GENERAL", null),
                        finding("工地渣土乱倒", B, "COMPLEX", null)))).json();
        String r1 = inspection.get("rectificationTaskIds").get(0).asText();
        version(api.post(taskPath(a1, "accountability-records"), supervisor,
                Map.of("type", "PUBLIC_COMMENDATION", "subject", "项目组", "reason", "提前谋划")));
        version(api.post(taskPath(a2, "accountability-records"), supervisor,
                Map.of("type", "ADMONISHMENT_TALK", "subject", "分管副主任", "reason", "进度严重滞后")));
        String extension = api.post(taskPath(b1, "extension-requests"), b,
                Map.of("requestedDueDate", "2023-04-30", "reason", "拆迁协商")).json().get("requestId").asText();
        version(api.post(taskPath(b1, "extension-requests/" + extension + "/decision"), supervisor,
                Map.of("approved", true)));

        advance("P2D");
        version(api.post(taskPath(r1, "claim"), c, Map.of("responsiblePerson", "整改人")));
        completeAndClose(r1, c);

        advance("P7D");
        version(api.post(taskPath(a1, "progress-reports"), a, Map.of("percentComplete", 80, "summary", "主体开工")));
        completeAndClose(a1, a);

        advance("P10D");
        completeAndClose(a2, a);

        advance("P21D");
        completeAndClose(b1, b);
        version(api.post(taskPath(b2, "year-end-explanations"), tokens.leader(),
                Map.of("year", 2023, "explanation", "土地指标未落实，已提请市政府协调")));
        ApiClient.await(() -> api.get("/api/v1/reports/departments?year=2023", supervisor).json(),
                report -> figures(report, C) != null && figures(report, C).get("escalations").asLong() == 2
                        && figures(report, B).get("escalations").asLong() == 4
                        && figures(report, B).get("closed").asLong() == 1
                        && figures(report, A).get("commendations").asLong() == 1);
    }

    @Test
    void theDepartmentAssessmentMatchesTheHandCount() {
        JsonNode report = api.get("/api/v1/reports/departments?year=2023", tokens.auditor()).json();
        assertThat(report.get("weights").get("onTime").asDouble()).isEqualTo(50);
        assertThat(report.get("scheme").get("version").asInt()).isZero();
        // Reminders that the due date is near (A2 03-03, R3 03-28, R2 03-05) are no failures and not counted.
        //                  assigned closed onTime overdue yellow red esc findings records sanctions commend score
        // A: 50 × 1/2 + 30 + 10 + 10 − 20 × 1/2 red − 20 × 1/2 escalations − 5 × 1 sanction + 2 × 1 commendation
        assertDepartment(report, A, 2, 2, 1, 0, 0, 1, 1, 0, 2, 1, 1, 52.0);
        // B: 50 × 1/3 + 30 × 0/5 weeks reported + 10 + 10 − 20 × 1/3 overdue − 10 × 1/3 yellow − 20 × 2/3 red
        //    − 20 × 4/3 escalations − 1 × 1 finding (B2's missed weeks weigh in timeliness, not again as warnings)
        assertDepartment(report, B, 3, 1, 1, 1, 2, 6, 4, 1, 0, 0, 0, -14.33);
        // C: 50 × 1/2 + 30 + 10 + 10 − 20 × 1/2 − 10 × 1/2 − 20 × 2/2 − 20 × 2/2 − 1 × 2 findings
        assertDepartment(report, C, 2, 1, 1, 1, 1, 2, 2, 2, 0, 0, 0, 18.0);
        JsonNode b = figures(report, B);
        assertThat(b.get("periodsDue").asLong()).as("B2's weeks 10 to 14").isEqualTo(5);
        assertThat(b.get("reportTimeliness").asDouble()).isZero();
        assertThat(b.get("redPerTask").asDouble()).isEqualTo(0.6667);
        assertThat(List.of(figures(report, A).get("rank").asInt(), figures(report, C).get("rank").asInt(),
                b.get("rank").asInt())).containsExactly(1, 2, 3);
        assertThat(report.get("frozen").asBoolean()).as("2023 is not over yet").isFalse();
    }

    @Test
    void theViewForBiToolsCountsAsTheAssessmentDoes() {
        JsonNode report = api.get("/api/v1/reports/departments?year=2023", tokens.auditor()).json();
        List<String> columns = List.of("assigned", "closed", "closed_on_time", "overdue", "yellow_warnings",
                "red_warnings", "escalations", "findings", "accountability_records", "sanctions", "commendations",
                "escalations_asked", "co_tasks", "co_reports", "periods_due", "periods_reported");
        for (String department : List.of(A, B, C)) {
            JsonNode row = figures(report, department);
            List<Long> expected = new ArrayList<>();
            for (String column : columns) {
                expected.add(row.get(camelCase(column)).asLong());
            }
            List<Long> viewed = jdbc.queryForObject("select " + String.join(", ", columns)
                    + " from v_department_year where department = ? and calendar_year = 2023", (view, n) -> {
                        List<Long> counts = new ArrayList<>();
                        for (int i = 1; i <= columns.size(); i++) {
                            counts.add(view.getLong(i));
                        }
                        return counts;
                    }, department);
            assertThat(viewed).as(department).isEqualTo(expected);
        }
    }

    private static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        for (String part : column.split("_")) {
            name.append(name.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }

    @Test
    void aWeeklyBriefingMatchesTheHandCount() {
        JsonNode week = api.get("/api/v1/reports/periodic?period=2023-W10", tokens.leader()).json();
        assertThat(week.get("from").asText()).isEqualTo("2023-03-06");
        assertThat(week.get("to").asText()).isEqualTo("2023-03-12");
        //                      new reports missing warnings yellow red esc completions closures
        assertLine(line(week, A), 0, 1, 0, 1, 0, 1, 0, 1, 1);
        assertLine(line(week, B), 0, 0, 1, 3, 2, 1, 0, 0, 0);
        assertLine(line(week, C), 0, 0, 0, 3, 1, 2, 0, 0, 0);
        assertLine(week.get("total"), 0, 1, 1, 7, 3, 4, 0, 1, 1);
    }

    @Test
    void aQuarterlyBriefingMatchesTheHandCount() {
        JsonNode quarter = api.get("/api/v1/reports/periodic?period=2023-Q1", tokens.supervisor()).json();
        assertThat(quarter.get("to").asText()).isEqualTo("2023-03-31");
        assertLine(line(quarter, A), 2, 1, 0, 2, 1, 1, 1, 2, 2);
        assertLine(line(quarter, B), 3, 0, 3, 6, 3, 3, 3, 0, 0);
        assertLine(line(quarter, C), 2, 0, 0, 4, 2, 2, 2, 1, 1);
        assertLine(quarter.get("total"), 7, 1, 3, 12, 6, 6, 6, 3, 3);
    }

    @Test
    void theYearEndReviewListsExactlyTheUnclosedTasks() {
        JsonNode review = api.get("/api/v1/reports/year-end?year=2023", tokens.auditor()).json();
        List<String> titles = new ArrayList<>();
        for (JsonNode task : review.get("tasks")) {
            if (List.of(A, B, C).contains(task.get("leadDepartment").asText())) {
                titles.add(task.get("title").asText());
                if (task.get("taskId").asText().equals(b2)) {
                    assertThat(task.get("explanation").asText()).isEqualTo("土地指标未落实，已提请市政府协调");
                    assertThat(task.get("explainedBy").asText()).isEqualTo("李副市长");
                } else {
                    assertThat(task.get("explanation").isNull()).as(task.toString()).isTrue();
                }
            }
        }
        assertThat(titles).containsExactlyInAnyOrder("保障性住房建设", "整改：扬尘未覆盖", "整改：工地渣土乱倒");
        assertThat(api.get("/api/v1/reports/year-end?year=2024", tokens.auditor()).json().get("tasks")).isEmpty();
    }

    @Test
    void everyReportAsCsvHasTheRowsOfItsJson() {
        for (String report : List.of("departments?year=2023", "periodic?period=2023-Q1", "year-end?year=2023")) {
            JsonNode json = api.get("/api/v1/reports/" + report, tokens.supervisor()).json();
            ApiClient.Response csv = api.get("/api/v1/reports/" + report, tokens.supervisor(), "Accept", "text/csv");
            assertThat(csv.contentType()).startsWith("text/csv");
            String text = new String(csv.raw(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF");
            List<Map<String, String>> rows = CsvRows.parse(text.substring(1));
            List<JsonNode> expected = new ArrayList<>();
            String list = report.startsWith("departments") ? "departments" : report.startsWith("periodic")
                    ? "departments" : "tasks";
            json.get(list).forEach(expected::add);
            if (report.startsWith("periodic")) {
                expected.add(json.get("total"));
            }
            assertThat(rows).as(report).hasSize(expected.size());
            for (int i = 0; i < rows.size(); i++) {
                JsonNode item = expected.get(i);
                for (Map.Entry<String, String> cell : rows.get(i).entrySet()) {
                    // A nested object of the JSON (a department's scheme) is spread over columns: scheme.id, ...
                    JsonNode value = item.at("/" + cell.getKey().replace('.', '/'));
                    assertThat(value.isMissingNode()).as(report + " column " + cell.getKey()).isFalse();
                    String text2 = value.isNull() ? "" : value.asText();
                    assertThat(cell.getValue()).as(report + " row " + i + " " + cell.getKey()).isEqualTo(text2);
                }
            }
        }
    }

    @Test
    void rebuildingTheReportsGivesTheSameReports() {
        String supervisor = tokens.supervisor();
        List<String> reports = List.of("departments?year=2023", "periodic?period=2023-W10", "periodic?period=2023",
                "year-end?year=2023");
        List<JsonNode> before = reports.stream().map(r -> api.get("/api/v1/reports/" + r, supervisor).json()).toList();
        assertThat(api.post("/api/v1/admin/projections/reports/rebuild", supervisor, Map.of()).status()).isEqualTo(202);
        ApiClient.await(() -> api.get("/api/v1/admin/projections/reports", supervisor).json(),
                status -> status.get("caughtUp").asBoolean());
        List<JsonNode> after = reports.stream().map(r -> api.get("/api/v1/reports/" + r, supervisor).json()).toList();
        assertThat(after).isEqualTo(before);
    }

    private String assign(String title, String department, String due, String cadence) {
        return created(api.post("/api/v1/tasks", tokens.supervisor(), with(with(with(task(title, department),
                "dueDate", due), "reportingCadence", cadence), "milestones", List.of())));
    }

    private void completeAndClose(String taskId, String departmentToken) {
        String request = api.post(taskPath(taskId, "completion-requests"), departmentToken, Map.of("summary", "已完成"))
                .json().get("requestId").asText();
        version(api.post(taskPath(taskId, "completion-requests/" + request + "/decision"), tokens.supervisor(),
                Map.of("approved", true)));
        version(api.post(taskPath(taskId, "closure"), tokens.supervisor(), Map.of("comment", "销号")));
    }


    private static JsonNode figures(JsonNode report, String department) {
        for (JsonNode row : report.get("departments")) {
            if (row.get("department").asText().equals(department)) {
                return row;
            }
        }
        return null;
    }

    private static JsonNode line(JsonNode briefing, String department) {
        JsonNode line = figures(briefing, department);
        assertThat(line).as("a line for " + department).isNotNull();
        return line;
    }

    private static void assertDepartment(JsonNode report, String department, long assigned, long closed,
                                         long onTime, long overdue, long yellow, long red, long escalations,
                                         long findings, long records, long sanctions, long commendations,
                                         double score) {
        JsonNode row = figures(report, department);
        assertThat(row).as(department).isNotNull();
        assertThat(List.of(row.get("assigned").asLong(), row.get("closed").asLong(), row.get("closedOnTime").asLong(),
                row.get("overdue").asLong(), row.get("yellowWarnings").asLong(), row.get("redWarnings").asLong(),
                row.get("escalations").asLong(), row.get("findings").asLong(),
                row.get("accountabilityRecords").asLong(), row.get("sanctions").asLong(),
                row.get("commendations").asLong()))
                .as(department).containsExactly(assigned, closed, onTime, overdue, yellow, red, escalations,
                        findings, records, sanctions, commendations);
        assertThat(row.get("score").asDouble()).as(department + " score").isEqualTo(score);
    }

    private static void assertLine(JsonNode line, long newTasks, long reports, long missing, long warnings,
                                   long yellow, long red, long escalations, long completions, long closures) {
        assertThat(List.of(line.get("newTasks").asLong(), line.get("reportsReceived").asLong(),
                line.get("reportsMissing").asLong(), line.get("warnings").asLong(),
                line.get("yellowWarnings").asLong(), line.get("redWarnings").asLong(),
                line.get("escalations").asLong(), line.get("completions").asLong(), line.get("closures").asLong()))
                .as(String.valueOf(line.get("department"))).containsExactly(newTasks, reports, missing, warnings,
                        yellow, red, escalations, completions, closures);
    }
}
