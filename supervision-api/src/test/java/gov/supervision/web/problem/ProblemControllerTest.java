package gov.supervision.web.problem;

import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.Complexity;
import gov.supervision.core.api.task.ReassignTaskCommand;
import gov.supervision.core.api.task.RegisterProblemCommand;
import gov.supervision.core.api.task.SourceType;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskSource;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.query.api.history.TaskVersionQuery;
import gov.supervision.query.api.ledger.TaskView;
import gov.supervision.web.WebSliceTest;
import gov.supervision.web.command.CommandDispatcher;
import gov.supervision.web.task.TaskReader;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static gov.supervision.web.ApiFixtures.asDepartment;
import static gov.supervision.web.ApiFixtures.asSupervisor;
import static gov.supervision.web.ApiFixtures.asSystem;
import static gov.supervision.web.ApiFixtures.caller;
import static gov.supervision.web.ApiFixtures.invalidField;
import static gov.supervision.web.ApiFixtures.postJson;
import static gov.supervision.web.ApiFixtures.problem;
import static gov.supervision.web.ApiFixtures.sent;
import static gov.supervision.web.ApiFixtures.taskView;
import static gov.supervision.web.ApiFixtures.with;
import static java.util.concurrent.CompletableFuture.completedFuture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSliceTest(ProblemController.class)
class ProblemControllerTest {

    private static final String DEPARTMENT = "市城市管理局";
    private static final String PROBLEMS = "/api/v1/problems";
    /** The task id is derived from the source, so a repeat from the hotline names the same task. */
    private static final String TASK_ID = UUID.nameUUIDFromBytes(
            "problem:HOTLINE:12345-2023-0301".getBytes(StandardCharsets.UTF_8)).toString();

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CommandDispatcher commands;
    @MockitoBean
    QueryGateway queries;
    @MockitoBean
    TaskReader tasks;

    @Test
    void aNewProblemBecomesATaskNamedByItsSource() throws Exception {
        given(taskVersion()).willReturn(completedFuture(-1L), completedFuture(0L));

        mvc.perform(postJson(PROBLEMS, hotlineProblem()).with(asSystem()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/tasks/" + TASK_ID))
                .andExpect(jsonPath("$.taskId").value(TASK_ID))
                .andExpect(jsonPath("$.version").value(0));

        assertThat(sent(commands, RegisterProblemCommand.class)).isEqualTo(new RegisterProblemCommand(TASK_ID,
                new TaskSource(SourceType.HOTLINE, "12345-2023-0301"), "商户占道经营", "夜市摊位占用人行道", DEPARTMENT,
                Complexity.GENERAL, null, "CGJ", null));
    }

    @Test
    void theSameSourceAgainAnswersTheTaskAlreadyRegistered() throws Exception {
        given(taskVersion()).willReturn(completedFuture(2L));
        given(tasks.stored(TASK_ID)).willReturn(Optional.of(registered(DEPARTMENT, "CGJ")));

        mvc.perform(postJson(PROBLEMS, with(hotlineProblem(), "department", "市城管局")).with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taskId").value(TASK_ID))
                .andExpect(jsonPath("$.version").value(2));

        verifyNoInteractions(commands);
    }

    @Test
    void theSameSourceNamingAnotherDepartmentReassignsTheTask() throws Exception {
        given(taskVersion()).willReturn(completedFuture(2L));
        given(tasks.stored(TASK_ID)).willReturn(Optional.of(registered(DEPARTMENT, "CGJ")));
        given(commands.send(any())).willReturn(3L);

        mvc.perform(postJson(PROBLEMS, with(hotlineProblem(), "department", "市交通局")).with(asSystem()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taskId").value(TASK_ID))
                .andExpect(jsonPath("$.version").value(3));

        assertThat(sent(commands, ReassignTaskCommand.class)).isEqualTo(new ReassignTaskCommand(TASK_ID,
                "市交通运输局", "JTJ", List.of(), List.of(), null, "来源系统重新派单：HOTLINE 12345-2023-0301", null));
    }

    @Test
    void aClaimedProblemIsNotReassignedAndTheSourceSystemIsToldWhy() throws Exception {
        given(taskVersion()).willReturn(completedFuture(3L));
        given(tasks.stored(TASK_ID)).willReturn(Optional.of(registered(DEPARTMENT, "CGJ")));
        given(commands.send(any())).willThrow(
                new RuleViolationException(RuleViolation.TASK_ALREADY_CLAIMED, "The task is claimed."));

        mvc.perform(postJson(PROBLEMS, with(hotlineProblem(), "department", "市交通局")).with(asSystem()))
                .andExpect(problem(409, "TASK_ALREADY_CLAIMED"));
    }

    @Test
    void aReassignmentTheLedgerDoesNotShowYetIsNoChange() throws Exception {
        given(taskVersion()).willReturn(completedFuture(4L));
        given(tasks.stored(TASK_ID)).willReturn(Optional.of(registered(DEPARTMENT, "CGJ")));
        given(commands.send(any())).willThrow(
                new RuleViolationException(RuleViolation.SAME_LEAD_DEPARTMENT, "Already led by JTJ."));

        mvc.perform(postJson(PROBLEMS, with(hotlineProblem(), "department", "市交通局")).with(asSystem()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(4));
    }

    @Test
    void anotherDepartmentTheDirectoryDoesNotKnowIsRefusedNamingTheField() throws Exception {
        given(taskVersion()).willReturn(completedFuture(2L));
        given(tasks.stored(TASK_ID)).willReturn(Optional.of(registered(DEPARTMENT, "CGJ")));

        mvc.perform(postJson(PROBLEMS, with(hotlineProblem(), "department", "市幽灵局")).with(asSystem()))
                .andExpect(invalidField("department"))
                .andExpect(jsonPath("$.code").value("UNKNOWN_DEPARTMENT"));

        verifyNoInteractions(commands);
    }

    /** The problem's task as its events have it, led by the given department. */
    private static TaskView registered(String department, String code) {
        TaskView task = taskView(TASK_ID, "商户占道经营", department, 2);
        return new TaskView(task.taskId(), null, task.title(), task.description(), TaskCategory.PROBLEM,
                new TaskSource(SourceType.HOTLINE, "12345-2023-0301"), null, null, department, code, List.of(),
                List.of(), null, task.dueDate(), task.originalDueDate(), task.reportingCadence(), List.of(),
                TaskStatus.ASSIGNED, 0, task.warningLevel(), task.escalationLevel(), false, List.of(), null, null,
                List.of(), Complexity.GENERAL, null, null, task.assignedAt(), null, null, null, task.updatedAt(), 2);
    }

    @Test
    void aRepeatRegisteredConcurrentlyAnswersTheTaskTheOtherRegistered() throws Exception {
        given(taskVersion()).willReturn(completedFuture(-1L), completedFuture(0L));
        given(commands.send(any())).willThrow(new AggregateStreamCreationException("already there"));

        mvc.perform(postJson(PROBLEMS, hotlineProblem()).with(asSystem()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.taskId").value(TASK_ID))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void aProblemWithoutComplexityOrSourceReferenceIsRefusedNamingIt() throws Exception {
        mvc.perform(postJson(PROBLEMS, with(hotlineProblem(), "complexity", null)).with(asSystem()))
                .andExpect(invalidField("complexity"));
        mvc.perform(postJson(PROBLEMS, with(hotlineProblem(), "source", Map.of("type", "HOTLINE"))).with(asSystem()))
                .andExpect(invalidField("source.reference"));

        verifyNoInteractions(commands, queries);
    }

    @Test
    void aDepartmentRegistersNoProblems() throws Exception {
        mvc.perform(postJson(PROBLEMS, hotlineProblem()).with(asDepartment(DEPARTMENT))).andExpect(problem(403));

        verifyNoInteractions(commands, queries);
    }

    @Test
    void aSystemRegistersNoProblemOfASourceTypeNotConfiguredForIt() throws Exception {
        Map<String, Object> news = with(hotlineProblem(), "source", Map.of("type", "NEWS_MEDIA", "reference", "N-1"));
        mvc.perform(postJson(PROBLEMS, news).with(asSystem())).andExpect(problem(403, "SOURCE_NOT_ALLOWED"));
        mvc.perform(postJson(PROBLEMS, hotlineProblem()).with(caller("news-client", "新闻客户端", null, Role.SYSTEM)))
                .andExpect(problem(403, "SOURCE_NOT_ALLOWED"));

        verifyNoInteractions(commands, queries);
    }

    /** The task's version in the event store, as the controller asks for it. */
    private CompletableFuture<Long> taskVersion() {
        return queries.query(new TaskVersionQuery(TASK_ID), Long.class);
    }

    private static Map<String, Object> hotlineProblem() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", Map.of("type", "HOTLINE", "reference", " 12345-2023-0301 "));
        body.put("title", " 商户占道经营 ");
        body.put("description", "夜市摊位占用人行道");
        body.put("department", DEPARTMENT + " ");
        body.put("complexity", "GENERAL");
        return body;
    }
}
