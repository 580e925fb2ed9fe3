package gov.supervision.web.task;

import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.api.ledger.FindTaskAsOfQuery;
import gov.supervision.query.api.ledger.FindTaskQuery;
import gov.supervision.query.api.ledger.FindTasksQuery;
import gov.supervision.query.api.ledger.TaskAccessQuery;
import gov.supervision.query.api.ledger.TaskFilter;
import gov.supervision.query.api.ledger.TaskPage;
import gov.supervision.query.api.ledger.TaskView;
import gov.supervision.web.WebSliceTest;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.ArgumentMatchers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static gov.supervision.web.ApiFixtures.NEW_ID;
import static gov.supervision.web.ApiFixtures.TASK_ID;
import static gov.supervision.web.ApiFixtures.asAuditor;
import static gov.supervision.web.ApiFixtures.asDepartment;
import static gov.supervision.web.ApiFixtures.asSupervisor;
import static gov.supervision.web.ApiFixtures.invalidField;
import static gov.supervision.web.ApiFixtures.problem;
import static gov.supervision.web.ApiFixtures.taskView;
import static java.util.concurrent.CompletableFuture.completedFuture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSliceTest(TaskLedgerController.class)
@Import(TaskReader.class)
class TaskLedgerControllerTest {

    private static final String LEAD = "市教育局";
    /** The lead department's code in the directory: the ledger keeps departments by code. */
    private static final String LEAD_CODE = "JYJ";
    private static final String OTHER = "市卫生健康委员会";
    private static final String OTHER_CODE = "WJW";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    QueryGateway queries;

    @Test
    void theLedgersFiltersPageAndSortAreTheQueryParameters() throws Exception {
        ledgerPage(new TaskPage(List.of(taskView(TASK_ID, LEAD, 3)), 2, 20, 41));

        mvc.perform(get("/api/v1/tasks?status=CLAIMED&category=MAJOR_PRIORITY&department=" + LEAD
                        + "&leader=李副市长&warningLevel=RED&overdue=true&parentId=p-1&q=改造&dueBefore=2023-12-31"
                        + "&dueAfter=2023-01-01&page=2&size=20&sort=title,desc").with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].taskId").value(TASK_ID))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.total").value(41));

        assertThat(sentLedgerQuery()).isEqualTo(new FindTasksQuery(new TaskFilter(TaskStatus.CLAIMED,
                TaskCategory.MAJOR_PRIORITY, LEAD_CODE, "李副市长", WarningLevel.RED, true, "p-1", "改造",
                LocalDate.of(2023, 12, 31), LocalDate.of(2023, 1, 1), null), 2, 20, "title,desc"));
    }

    @Test
    void aDepartmentsLedgerIsLimitedToItsOwnTasks() throws Exception {
        ledgerPage(new TaskPage(List.of(), 0, 50, 0));

        mvc.perform(get("/api/v1/tasks").with(asDepartment(LEAD))).andExpect(status().isOk());

        TaskFilter visibleToLead = new TaskFilter(null, null, null, null, null, null, null, null, null, null, LEAD_CODE);
        assertThat(sentLedgerQuery()).isEqualTo(new FindTasksQuery(visibleToLead, 0, 50, "dueDate,asc"));
    }

    @Test
    void badPagingSortOrFilterIsRefusedNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/tasks?size=501").with(asSupervisor())).andExpect(invalidField("size"));
        mvc.perform(get("/api/v1/tasks?page=-1").with(asSupervisor())).andExpect(invalidField("page"));
        mvc.perform(get("/api/v1/tasks?sort=owner,asc").with(asSupervisor())).andExpect(invalidField("sort"));
        mvc.perform(get("/api/v1/tasks?status=DONE").with(asSupervisor())).andExpect(invalidField("status"));

        verifyNoInteractions(queries);
    }

    @Test
    void theLedgerAsCsvHasAHeaderRowAndTheTotalInAHeader() throws Exception {
        ledgerPage(new TaskPage(List.of(taskView(TASK_ID, LEAD, 3)), 0, 50, 1));

        byte[] csv = mvc.perform(get("/api/v1/tasks").accept("text/csv").with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("X-Total-Count", "1"))
                .andReturn().getResponse().getContentAsByteArray();

        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).as("byte order mark, then the header row")
                .startsWith("\uFEFFtaskId,parentTaskId,title,");
        assertThat(lines.get(1)).startsWith(TASK_ID + ",,老旧小区改造,MAJOR_PRIORITY,MEETING_DECISION,");
    }

    /** Stored before requests refused them, a formula and half a character still export, as text. */
    @Test
    void theLedgerAsCsvExportsStoredFormulasAndBrokenCharactersAsText() throws Exception {
        ledgerPage(new TaskPage(List.of(taskView(TASK_ID, "=cmd|' /C calc'!A0", LEAD, 3),
                taskView(NEW_ID, "坏\uD800字", LEAD, 1)), 0, 50, 2));

        byte[] csv = mvc.perform(get("/api/v1/tasks").accept("text/csv").with(asSupervisor()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(TASK_ID + ",,\"'=cmd|' /C calc'!A0\",MAJOR_PRIORITY,");
        assertThat(lines.get(2)).startsWith(NEW_ID + ",,坏\uFFFD字,MAJOR_PRIORITY,");
    }

    @Test
    void aTaskIsAnsweredWithItsVersionAsETag() throws Exception {
        ledgerHas(Optional.of(taskView(TASK_ID, LEAD, 7)));

        mvc.perform(get("/api/v1/tasks/" + TASK_ID).with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"7\""))
                .andExpect(jsonPath("$.taskId").value(TASK_ID))
                .andExpect(jsonPath("$.leadDepartment").value(LEAD))
                .andExpect(jsonPath("$.version").value(7));
    }

    @Test
    void anUnknownTaskIsNotFound() throws Exception {
        ledgerHas(Optional.empty());

        mvc.perform(get("/api/v1/tasks/" + TASK_ID).with(asSupervisor())).andExpect(problem(404, "TASK_NOT_FOUND"));
    }

    @Test
    void anotherDepartmentsTaskIsForbidden() throws Exception {
        ledgerHas(Optional.of(taskView(TASK_ID, LEAD, 7)));
        given(queries.query(new TaskAccessQuery(TASK_ID, OTHER_CODE), Boolean.class)).willReturn(completedFuture(false));

        mvc.perform(get("/api/v1/tasks/" + TASK_ID).with(asDepartment(OTHER)))
                .andExpect(problem(403, "NOT_TASK_DEPARTMENT"));
    }

    @Test
    void aTaskAsItStoodIsForAuditorsNotDepartments() throws Exception {
        Instant asOf = Instant.parse("2023-03-01T09:00:00Z");
        given(queries.query(eq(new FindTaskAsOfQuery(TASK_ID, asOf)),
                ArgumentMatchers.<ResponseType<Optional<TaskView>>>any()))
                .willReturn(completedFuture(Optional.of(taskView(TASK_ID, LEAD, 2))));

        mvc.perform(get("/api/v1/tasks/" + TASK_ID + "?asOf=" + asOf).with(asAuditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(get("/api/v1/tasks/" + TASK_ID + "?asOf=" + asOf).with(asDepartment(LEAD)))
                .andExpect(problem(403, "AS_OF_NOT_ALLOWED"));
    }

    @Test
    void theLedgerNeedsAToken() throws Exception {
        mvc.perform(get("/api/v1/tasks")).andExpect(problem(401));

        verifyNoInteractions(queries);
    }

    private void ledgerPage(TaskPage page) {
        given(queries.query(any(FindTasksQuery.class), eq(TaskPage.class))).willReturn(completedFuture(page));
    }

    private void ledgerHas(Optional<TaskView> task) {
        given(queries.query(any(FindTaskQuery.class), ArgumentMatchers.<ResponseType<Optional<TaskView>>>any()))
                .willReturn(completedFuture(task));
    }

    private FindTasksQuery sentLedgerQuery() {
        ArgumentCaptor<FindTasksQuery> query = ArgumentCaptor.forClass(FindTasksQuery.class);
        verify(queries).query(query.capture(), eq(TaskPage.class));
        return query.getValue();
    }
}
