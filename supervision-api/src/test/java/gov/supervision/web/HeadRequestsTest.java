package gov.supervision.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static gov.supervision.web.ApiFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HEAD is GET without its body, and is answered to exactly the roles GET is: its status and headers would
 * otherwise tell a role whether a task's history, a report or the metrics exist, and how large they are.
 */
class HeadRequestsTest extends ApiTestBase {

    private static final String LEAD = "探测市住房城乡建设局";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void headOnATasksHistoryOrDossierIsRefusedWhereGetIs() {
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("探测历史任务", LEAD)));
        awaitTask(taskId, 0);
        for (String path : List.of("/api/v1/tasks/" + taskId + "/history", "/api/v1/tasks/" + taskId + "/dossier")) {
            assertRefusedAsGetIs(path, tokens.department(LEAD));
            assertThat(api.head(path, tokens.auditor()).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void headOnATasksVerificationIsRefusedWhereGetIs() {
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), task("探测校验任务", LEAD)));
        String path = "/api/v1/tasks/" + taskId + "/verification";

        assertRefusedAsGetIs(path, tokens.leader());
        assertRefusedAsGetIs(path, tokens.department(LEAD));
        assertThat(api.head(path, tokens.auditor()).status()).isEqualTo(200);
    }

    @Test
    void headOnReportsIsRefusedWhereGetIs() {
        for (String path : List.of("/api/v1/reports/departments?year=2023", "/api/v1/reports/periodic?period=2023-02",
                "/api/v1/reports/year-end?year=2023")) {
            assertRefusedAsGetIs(path, tokens.department(LEAD));
            assertRefusedAsGetIs(path, tokens.system());
            assertThat(api.head(path, tokens.leader()).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void headOnTheAuditDigestIsRefusedWhereGetIs() {
        assertRefusedAsGetIs("/api/v1/audit/digest", tokens.leader());
        assertRefusedAsGetIs("/api/v1/audit/digest", tokens.system());
        assertThat(api.head("/api/v1/audit/digest", tokens.auditor()).status()).isEqualTo(200);
    }

    @Test
    void headOnMetricsIsRefusedWhereGetIs() {
        assertRefusedAsGetIs("/actuator/prometheus", tokens.department(LEAD));
        assertRefusedAsGetIs("/actuator/prometheus", tokens.auditor());
        assertThat(api.head("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(api.head("/actuator/prometheus", tokens.supervisor()).status()).isEqualTo(200);
    }

    @Test
    void headOnDeadLettersIsRefusedWhereGetIs() {
        assertRefusedAsGetIs("/api/v1/admin/dead-letters", tokens.auditor());
        assertRefusedAsGetIs("/api/v1/admin/dead-letters", tokens.department(LEAD));
        assertThat(api.head("/api/v1/admin/dead-letters", tokens.supervisor()).status()).isEqualTo(200);
    }

    @Test
    void everyReadAnswersHeadAsItAnswersGet() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("no token", null);
        callers.put("SUPERVISOR", tokens.supervisor());
        callers.put("LEADER", tokens.leader());
        callers.put("DEPARTMENT", tokens.department(LEAD));
        callers.put("AUDITOR", tokens.auditor());
        callers.put("SYSTEM", tokens.system());
        List<String> paths = readPaths();
        assertThat(paths).as("the reads of the REST contract").contains("/api/v1/tasks/x/history",
                "/api/v1/reports/departments", "/api/v1/audit/digest", "/api/v1/admin/dead-letters");

        List<String> differing = new ArrayList<>();
        for (String path : paths) {
            callers.forEach((caller, token) -> {
                int get = api.get(path, token).status();
                int head = api.head(path, token).status();
                if (get != head) {
                    differing.add(caller + " " + path + ": GET " + get + ", HEAD " + head);
                }
            });
        }
        assertThat(differing).isEmpty();
    }

    /** Every GET the application maps under /api/v1, path variables filled in, and the metrics. */
    private List<String> readPaths() {
        Set<String> paths = new TreeSet<>(Set.of("/actuator/prometheus", "/actuator/health"));
        for (RequestMappingInfo mapping : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                mapping.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/api/v1/"))
                        .map(pattern -> pattern.replaceAll("\\{[^}]+}", "x"))
                        .forEach(paths::add);
            }
        }
        return new ArrayList<>(paths);
    }

    private void assertRefusedAsGetIs(String path, String token) {
        assertThat(api.get(path, token).status()).as("GET " + path).isEqualTo(403);
        assertThat(api.head(path, token).status()).as("HEAD " + path).isEqualTo(403);
    }
}
