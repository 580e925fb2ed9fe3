package gov.supervision.web.clock;

import gov.supervision.infrastructure.time.SimulatedClockConfiguration;
import gov.supervision.infrastructure.time.TimeMachine;
import gov.supervision.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.asLeader;
import static gov.supervision.web.ApiFixtures.asSupervisor;
import static gov.supervision.web.ApiFixtures.invalidField;
import static gov.supervision.web.ApiFixtures.postJson;
import static gov.supervision.web.ApiFixtures.problem;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSliceTest(ClockController.class)
@ActiveProfiles(SimulatedClockConfiguration.PROFILE)
class ClockControllerTest {

    private static final String CLOCK = "/api/v1/admin/clock";
    private static final Instant NOW = Instant.parse("2023-03-01T01:00:00Z");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    TimeMachine timeMachine;

    @Test
    void theClockAnswersTheApplicationsTime() throws Exception {
        given(timeMachine.now()).willReturn(NOW);

        mvc.perform(get(CLOCK).with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.now").value("2023-03-01T01:00:00Z"));
    }

    @Test
    void advancingMovesTimeBySpanAndAnswersTheNewTime() throws Exception {
        given(timeMachine.advance(Duration.ofDays(8))).willReturn(NOW.plus(Duration.ofDays(8)));

        mvc.perform(postJson(CLOCK, Map.of("advanceBy", "P8D")).with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.now").value("2023-03-09T01:00:00Z"));

        verify(timeMachine).advance(Duration.ofDays(8));
    }

    @Test
    void timeMovesOnlyForwardByADurationOfAtMostTenYears() throws Exception {
        for (String span : new String[]{"-P1D", "PT0S", "P3661D", "next week"}) {
            mvc.perform(postJson(CLOCK, Map.of("advanceBy", span)).with(asSupervisor()))
                    .andExpect(invalidField("advanceBy"));
        }

        verifyNoInteractions(timeMachine);
    }

    @Test
    void onlyTheOfficeMovesTime() throws Exception {
        mvc.perform(postJson(CLOCK, Map.of("advanceBy", "P1D")).with(asLeader())).andExpect(problem(403));

        verifyNoInteractions(timeMachine);
    }
}
