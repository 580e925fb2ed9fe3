package gov.supervision.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.SourceType;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskSource;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.api.ledger.TaskView;
import gov.supervision.web.command.CommandDispatcher;
import gov.supervision.web.command.IdGenerator;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The module's shared test data and checks: request bodies with Chinese text, as the city's offices write them;
 * what every problem answer must look like; and, for the web slice ({@link WebSliceTest}), callers with the
 * claims this application reads, the command a controller sent, and a task as the ledger shows it.
 */
public final class ApiFixtures {

    public static final String DUE = "2023-12-29";
    /** The task a slice test's requests name, and the id the edge makes next. */
    public static final String TASK_ID = "5f0c3c1e-6a2b-4c7e-9a51-0d2f8e7b6a10";
    public static final String NEW_ID = "9b1d7a44-3e2f-4f0a-8c6d-2a5e1f3b7c98";

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private ApiFixtures() {
    }

    public static Map<String, Object> task(String title, String leadDepartment, String... coDepartments) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", title + "：按照市政府常务会议决定，倒排工期、挂图作战。");
        body.put("category", "MAJOR_PRIORITY");
        body.put("source", Map.of("type", "MEETING_DECISION", "reference", "常务会〔2023〕3号"));
        body.put("leaderInCharge", "李副市长");
        body.put("leadDepartment", leadDepartment);
        body.put("coDepartments", new ArrayList<>(List.of(coDepartments)));
        body.put("responsiblePerson", "张伟");
        body.put("dueDate", DUE);
        body.put("reportingCadence", "MONTHLY");
        body.put("milestones", List.of(Map.of("name", "方案编制", "dueDate", "2023-06-30")));
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }

    /**
     * A finding of an inspection; {@code relatedTaskId} may be null, and a finding without one is in the charge of
     * 李副市长 (a finding names its leader in charge unless its related task has one).
     */
    public static Map<String, Object> finding(String description, String department, String complexity,
                                              String relatedTaskId) {
        return finding(description, department, complexity, relatedTaskId, relatedTaskId == null ? "李副市长" : null);
    }

    /** A finding naming its leader in charge ({@code leaderInCharge} may be null, and so may {@code relatedTaskId}). */
    public static Map<String, Object> finding(String description, String department, String complexity,
                                              String relatedTaskId, String leaderInCharge) {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("description", description);
        finding.put("department", department);
        finding.put("complexity", complexity);
        if (relatedTaskId != null) {
            finding.put("relatedTaskId", relatedTaskId);
        }
        if (leaderInCharge != null) {
            finding.put("leaderInCharge", leaderInCharge);
        }
        return finding;
    }

    public static String taskPath(String taskId, String action) {
        return "/api/v1/tasks/" + taskId + "/" + action;
    }

    /** An answer over real HTTP is problem+json with that status, and tells nothing of the server's insides. */
    public static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception", "at gov.", "org.springframework", "SQL");
    }

    /** The same for an answer of the web slice. */
    public static ResultMatcher problem(int status) {
        return ResultMatcher.matchAll(
                status().is(status),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.status").value(status),
                content().string(not(containsString("Exception"))),
                content().string(not(containsString("org.springframework"))));
    }

    /** A refusal with the {@code code} clients act on. */
    public static ResultMatcher problem(int status, String code) {
        return ResultMatcher.matchAll(problem(status), jsonPath("$.code").value(code));
    }

    /** An invalid request that names the field at fault. */
    public static ResultMatcher invalidField(String field) {
        return ResultMatcher.matchAll(problem(400), jsonPath("$.errors[*].field", hasItem(field)));
    }

    public static RequestPostProcessor asSupervisor() {
        return caller("sup-wang", "王督查", null, Role.SUPERVISOR);
    }

    public static RequestPostProcessor asLeader() {
        return caller("leader-li", "李副市长", null, Role.LEADER);
    }

    public static RequestPostProcessor asAuditor() {
        return caller("audit-zhao", "赵审计", null, Role.AUDITOR);
    }

    public static RequestPostProcessor asSystem() {
        return caller("hotline-12345", "12345热线", null, Role.SYSTEM);
    }

    public static RequestPostProcessor asDepartment(String department) {
        return caller("dept-" + Math.abs(department.hashCode()), department + "办公室", department, Role.DEPARTMENT);
    }

    /**
     * A verified token with the claims the application reads ({@code sub}, {@code name}, {@code roles},
     * {@code department}), its roles granted as the security configuration grants them.
     */
    public static RequestPostProcessor caller(String subject, String name, String department, Role... roles) {
        List<String> roleNames = Arrays.stream(roles).map(Enum::name).toList();
        return jwt()
                .jwt(token -> {
                    token.subject(subject).claim("name", name).claim("roles", roleNames);
                    if (department != null) {
                        token.claim("department", department);
                    }
                })
                .authorities(roleNames.stream()
                        .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
    }

    /** Every command sent to the (mocked) dispatcher is stored, its task then at {@code version}; new ids: NEW_ID. */
    public static void everyCommandStored(CommandDispatcher commands, IdGenerator ids, long version) {
        given(commands.send(any())).willReturn(version);
        given(ids.newId()).willReturn(NEW_ID);
    }

    /** The command the controller sent through the (mocked) dispatcher; the last one of that type. */
    public static <C> C sent(CommandDispatcher commands, Class<C> type) {
        ArgumentCaptor<C> command = ArgumentCaptor.forClass(type);
        verify(commands, atLeastOnce()).send(command.capture());
        return command.getValue();
    }

    /** A POST of the body as JSON, as every command is sent. */
    public static MockHttpServletRequestBuilder postJson(String path, Object body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(json(body));
    }

    public static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A claimed task of the ledger, led by {@code leadDepartment}, at {@code version}. */
    public static TaskView taskView(String taskId, String leadDepartment, long version) {
        return taskView(taskId, "老旧小区改造", leadDepartment, version);
    }

    /** The same, with its title as stored. */
    public static TaskView taskView(String taskId, String title, String leadDepartment, long version) {
        Instant assignedAt = Instant.parse("2023-03-01T01:00:00Z");
        return new TaskView(taskId, null, title, "按照市政府常务会议决定推进", TaskCategory.MAJOR_PRIORITY,
                new TaskSource(SourceType.MEETING_DECISION, "常务会〔2023〕3号"), "李副市长", "leader-li", leadDepartment,
                null, List.of(), List.of(), "张伟", LocalDate.parse(DUE), LocalDate.parse(DUE), ReportingCadence.MONTHLY,
                List.of(),
                TaskStatus.CLAIMED, 0, WarningLevel.NONE, EscalationLevel.NONE, false, List.of(), null, null,
                List.of(), null, null, null, assignedAt, assignedAt.plusSeconds(3600), null, null,
                assignedAt.plusSeconds(3600), version);
    }
}
