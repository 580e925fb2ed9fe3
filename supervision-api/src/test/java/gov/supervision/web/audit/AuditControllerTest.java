package gov.supervision.web.audit;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.query.api.audit.ChainVerification;
import gov.supervision.query.api.audit.CurrentDigestQuery;
import gov.supervision.query.api.audit.DigestVerification;
import gov.supervision.query.api.audit.LedgerDigest;
import gov.supervision.query.api.audit.VerifyDigestQuery;
import gov.supervision.query.api.audit.VerifyTaskChainQuery;
import gov.supervision.query.api.history.FindTaskHistoryQuery;
import gov.supervision.query.api.history.HistoryEntry;
import gov.supervision.query.api.history.TaskHistory;
import gov.supervision.query.api.ledger.FindTaskQuery;
import gov.supervision.query.api.ledger.TaskView;
import gov.supervision.web.WebSliceTest;
import gov.supervision.web.task.TaskReader;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static gov.supervision.web.ApiFixtures.TASK_ID;
import static gov.supervision.web.ApiFixtures.asAuditor;
import static gov.supervision.web.ApiFixtures.asDepartment;
import static gov.supervision.web.ApiFixtures.asLeader;
import static gov.supervision.web.ApiFixtures.asSupervisor;
import static gov.supervision.web.ApiFixtures.invalidField;
import static gov.supervision.web.ApiFixtures.postJson;
import static gov.supervision.web.ApiFixtures.problem;
import static gov.supervision.web.ApiFixtures.taskView;
import static java.util.concurrent.CompletableFuture.completedFuture;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSliceTest(AuditController.class)
@Import(TaskReader.class)
class AuditControllerTest {

    private static final String LEAD = "市审计局";
    private static final Instant COMPILED_AT = Instant.parse("2023-03-01T01:00:00Z");
    private static final String HEAD = "ab".repeat(32);
    private static final HistoryEntry ASSIGNED = new HistoryEntry(0, "TaskAssigned", COMPILED_AT,
            new Actor("sup-wang", "王督查", Set.of(Role.SUPERVISOR), null), "c-1", Map.of("title", "老旧小区改造"),
            HEAD, "0".repeat(64));
    private static final ChainVerification VALID = new ChainVerification(TASK_ID, 1, true, null, HEAD);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    QueryGateway queries;

    @TestConfiguration
    static class StandingClock {
        @Bean
        Clock clock() {
            return Clock.fixed(COMPILED_AT, ZoneOffset.UTC);
        }
    }

    @Test
    void aTasksHistoryIsReadAPageAtATime() throws Exception {
        given(queries.query(new FindTaskHistoryQuery(TASK_ID, 0, 500), TaskHistory.class))
                .willReturn(completedFuture(new TaskHistory(TASK_ID, List.of(ASSIGNED), 0, 500, 1)));

        mvc.perform(get("/api/v1/tasks/" + TASK_ID + "/history").with(asLeader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].type").value("TaskAssigned"))
                .andExpect(jsonPath("$.entries[0].actor.name").value("王督查"))
                .andExpect(jsonPath("$.entries[0].hash").value(HEAD))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aTaskWithoutEventsHasNoHistoryAndNoChain() throws Exception {
        given(queries.query(any(FindTaskHistoryQuery.class), eq(TaskHistory.class)))
                .willReturn(completedFuture(new TaskHistory(TASK_ID, List.of(), 0, 500, 0)));
        given(queries.query(new VerifyTaskChainQuery(TASK_ID), ChainVerification.class))
                .willReturn(completedFuture(new ChainVerification(TASK_ID, 0, true, null, null)));

        mvc.perform(get("/api/v1/tasks/" + TASK_ID + "/history").with(asAuditor()))
                .andExpect(problem(404, "TASK_NOT_FOUND"));
        mvc.perform(get("/api/v1/tasks/" + TASK_ID + "/verification").with(asAuditor()))
                .andExpect(problem(404, "TASK_NOT_FOUND"));
    }

    @Test
    void aHistoryPageOverTheLargestIsRefusedNamingTheSize() throws Exception {
        mvc.perform(get("/api/v1/tasks/" + TASK_ID + "/history?size=1001").with(asAuditor()))
                .andExpect(invalidField("size"));

        verifyNoInteractions(queries);
    }

    @Test
    void theVerificationIsTheRecomputedChain() throws Exception {
        given(queries.query(new VerifyTaskChainQuery(TASK_ID), ChainVerification.class))
                .willReturn(completedFuture(new ChainVerification(TASK_ID, 4, false, 2L, HEAD)));

        mvc.perform(get("/api/v1/tasks/" + TASK_ID + "/verification").with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.firstInvalidSequence").value(2))
                .andExpect(jsonPath("$.headHash").value(HEAD));
    }

    @Test
    void aDossierHoldsTheTaskItsWholeHistoryAndItsVerification() throws Exception {
        given(queries.query(new VerifyTaskChainQuery(TASK_ID), ChainVerification.class))
                .willReturn(completedFuture(VALID));
        given(queries.query(FindTaskHistoryQuery.all(TASK_ID), TaskHistory.class))
                .willReturn(completedFuture(new TaskHistory(TASK_ID, List.of(ASSIGNED), 0, Integer.MAX_VALUE, 1)));
        given(queries.query(eq(new FindTaskQuery(TASK_ID)), ArgumentMatchers.<ResponseType<Optional<TaskView>>>any()))
                .willReturn(completedFuture(Optional.of(taskView(TASK_ID, LEAD, 0))));

        mvc.perform(get("/api/v1/tasks/" + TASK_ID + "/dossier").with(asAuditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.task.taskId").value(TASK_ID))
                .andExpect(jsonPath("$.subtaskIds").isEmpty())
                .andExpect(jsonPath("$.verification.valid").value(true))
                .andExpect(jsonPath("$.history[0].sequence").value(0))
                .andExpect(jsonPath("$.compiledAt").value("2023-03-01T01:00:00Z"));
    }

    @Test
    void aDigestKeptElsewhereIsVerifiedAgainstTheStore() throws Exception {
        given(queries.query(new CurrentDigestQuery(), LedgerDigest.class))
                .willReturn(completedFuture(new LedgerDigest(HEAD, 3, 12, 12, COMPILED_AT)));
        given(queries.query(new VerifyDigestQuery(HEAD, 12, 12), DigestVerification.class))
                .willReturn(completedFuture(new DigestVerification(true, HEAD, HEAD, 12, 12, 12, List.of())));

        mvc.perform(get("/api/v1/audit/digest").with(asAuditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.root").value(HEAD))
                .andExpect(jsonPath("$.events").value(12));
        mvc.perform(postJson("/api/v1/audit/digest/verification", Map.of("root", HEAD, "events", 12, "position", 12))
                        .with(asAuditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    void aDigestThatIsNoHashIsRefusedNamingTheRoot() throws Exception {
        mvc.perform(postJson("/api/v1/audit/digest/verification",
                        Map.of("root", "ABC", "events", 12, "position", 12)).with(asAuditor()))
                .andExpect(invalidField("root"));

        verifyNoInteractions(queries);
    }

    @Test
    void aDepartmentReadsNeitherHistoryNorDigest() throws Exception {
        mvc.perform(get("/api/v1/tasks/" + TASK_ID + "/history").with(asDepartment(LEAD))).andExpect(problem(403));
        mvc.perform(get("/api/v1/audit/digest").with(asDepartment(LEAD))).andExpect(problem(403));
        mvc.perform(get("/api/v1/tasks/" + TASK_ID + "/verification").with(asLeader())).andExpect(problem(403));

        verifyNoInteractions(queries);
    }
}
