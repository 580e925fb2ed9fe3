package gov.supervision.web.warning;

import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.api.escalation.EscalationPage;
import gov.supervision.query.api.escalation.FindEscalationsQuery;
import gov.supervision.query.api.warning.FindWarningsQuery;
import gov.supervision.query.api.warning.WarningPage;
import gov.supervision.query.api.warning.WarningView;
import gov.supervision.web.WebSliceTest;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.TASK_ID;
import static gov.supervision.web.ApiFixtures.asDepartment;
import static gov.supervision.web.ApiFixtures.asLeader;
import static gov.supervision.web.ApiFixtures.asSupervisor;
import static gov.supervision.web.ApiFixtures.invalidField;
import static gov.supervision.web.ApiFixtures.problem;
import static java.util.concurrent.CompletableFuture.completedFuture;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSliceTest(WarningController.class)
class WarningControllerTest {

    private static final String LEAD = "市市场监督管理局";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    QueryGateway queries;

    @Test
    void warningsAreFilteredAsAskedAndPagedByDefault() throws Exception {
        WarningView red = new WarningView("w-1", TASK_ID, "食品安全整治", LEAD, WarningLevel.RED, "逾期未办结", null,
                Map.of(), true, Instant.parse("2023-03-01T01:00:00Z"), "sup-wang", null, null);
        given(queries.query(new FindWarningsQuery(WarningLevel.RED, true, LEAD, null, 0, 50), WarningPage.class))
                .willReturn(completedFuture(new WarningPage(List.of(red), 0, 50, 1)));

        mvc.perform(get("/api/v1/warnings?level=RED&active=true&department=" + LEAD).with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].warningId").value("w-1"))
                .andExpect(jsonPath("$.items[0].level").value("RED"))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aDepartmentSeesTheWarningsOfItsOwnTasks() throws Exception {
        given(queries.query(new FindWarningsQuery(null, null, null, "SCJGJ", 1, 10), WarningPage.class))
                .willReturn(completedFuture(new WarningPage(List.of(), 1, 10, 10)));

        mvc.perform(get("/api/v1/warnings?page=1&size=10").with(asDepartment(LEAD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.total").value(10));
    }

    @Test
    void escalationsAreFilteredAsAsked() throws Exception {
        given(queries.query(new FindEscalationsQuery(true, EscalationLevel.LEADER, "李副市长", null, 0, 50),
                EscalationPage.class)).willReturn(completedFuture(new EscalationPage(List.of(), 0, 50, 0)));

        mvc.perform(get("/api/v1/escalations?open=true&level=LEADER&leader=李副市长").with(asLeader()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void anUnknownLevelOrABadPageSizeIsRefusedNamingIt() throws Exception {
        mvc.perform(get("/api/v1/warnings?level=ORANGE").with(asSupervisor())).andExpect(invalidField("level"));
        mvc.perform(get("/api/v1/escalations?size=0").with(asSupervisor())).andExpect(invalidField("size"));

        verifyNoInteractions(queries);
    }

    @Test
    void warningsNeedAToken() throws Exception {
        mvc.perform(get("/api/v1/warnings")).andExpect(problem(401));
        mvc.perform(get("/api/v1/escalations").header("Authorization", "Bearer not-a-jwt")).andExpect(problem(401));

        verifyNoInteractions(queries);
    }
}
