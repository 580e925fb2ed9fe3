package gov.supervision.web.admin;

import gov.supervision.infrastructure.processing.DeadLetters;
import gov.supervision.infrastructure.processing.DeadLetters.DeadLetterList;
import gov.supervision.infrastructure.processing.DeadLetters.DeadLetterView;
import gov.supervision.infrastructure.processing.DeadLetters.RetryOutcome;
import gov.supervision.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static gov.supervision.web.ApiFixtures.TASK_ID;
import static gov.supervision.web.ApiFixtures.asAuditor;
import static gov.supervision.web.ApiFixtures.asDepartment;
import static gov.supervision.web.ApiFixtures.asSupervisor;
import static gov.supervision.web.ApiFixtures.invalidField;
import static gov.supervision.web.ApiFixtures.problem;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSliceTest(DeadLetterController.class)
class DeadLetterControllerTest {

    private static final Instant PARKED_AT = Instant.parse("2023-03-01T02:00:00Z");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    DeadLetters deadLetters;

    @Test
    void parkedEventsAreListedAHundredAtMostByDefault() throws Exception {
        DeadLetterView parked = new DeadLetterView("ledger", TASK_ID, 0L, "e-1", "TaskClaimedEvent", TASK_ID, 1L,
                PARKED_AT, PARKED_AT, "ERROR", "row locked");
        given(deadLetters.list(null, 100)).willReturn(Optional.of(new DeadLetterList(List.of(parked), 100, 1)));

        mvc.perform(get("/api/v1/admin/dead-letters").with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].processingGroup").value("ledger"))
                .andExpect(jsonPath("$.items[0].eventType").value("TaskClaimedEvent"))
                .andExpect(jsonPath("$.items[0].cause").value("row locked"))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aGroupWithoutQueueIsNotFoundNamingTheGroupsThatHaveOne() throws Exception {
        given(deadLetters.list("sagas", 10)).willReturn(Optional.empty());
        given(deadLetters.retry("sagas")).willReturn(Optional.empty());
        given(deadLetters.groups()).willReturn(List.of("ledger", "warnings"));

        mvc.perform(get("/api/v1/admin/dead-letters?processingGroup=sagas&size=10").with(asSupervisor()))
                .andExpect(problem(404, "UNKNOWN_DEAD_LETTER_QUEUE"))
                .andExpect(jsonPath("$.detail").value(
                        "No dead-letter queue for processing group sagas; there are [ledger, warnings]."));
        mvc.perform(post("/api/v1/admin/dead-letters/sagas/retry").with(asSupervisor()))
                .andExpect(problem(404, "UNKNOWN_DEAD_LETTER_QUEUE"));
    }

    @Test
    void aSizeOutsideOneToAThousandIsRefusedNamingIt() throws Exception {
        mvc.perform(get("/api/v1/admin/dead-letters?size=0").with(asSupervisor())).andExpect(invalidField("size"));
        mvc.perform(get("/api/v1/admin/dead-letters?size=1001").with(asSupervisor())).andExpect(invalidField("size"));

        verifyNoInteractions(deadLetters);
    }

    @Test
    void aRetryAnswersHowManyLettersWentAndRemain() throws Exception {
        given(deadLetters.retry("ledger")).willReturn(Optional.of(new RetryOutcome("ledger", 3, 1)));

        mvc.perform(post("/api/v1/admin/dead-letters/ledger/retry").with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.processed").value(3))
                .andExpect(jsonPath("$.remaining").value(1));
    }

    @Test
    void onlyTheOfficeSeesAndRetriesDeadLetters() throws Exception {
        mvc.perform(get("/api/v1/admin/dead-letters").with(asDepartment("市统计局"))).andExpect(problem(403));
        mvc.perform(post("/api/v1/admin/dead-letters/ledger/retry").with(asAuditor())).andExpect(problem(403));

        verifyNoInteractions(deadLetters);
    }
}
