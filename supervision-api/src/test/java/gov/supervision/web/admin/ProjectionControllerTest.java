package gov.supervision.web.admin;

import gov.supervision.infrastructure.processing.ProjectionRebuilds;
import gov.supervision.infrastructure.processing.ProjectionRebuilds.ProjectionStatus;
import gov.supervision.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.Optional;

import static gov.supervision.web.ApiFixtures.asAuditor;
import static gov.supervision.web.ApiFixtures.asSupervisor;
import static gov.supervision.web.ApiFixtures.problem;
import static org.hamcrest.Matchers.contains;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebSliceTest(ProjectionController.class)
class ProjectionControllerTest {

    private static final Instant STARTED = Instant.parse("2023-03-01T03:00:00Z");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ProjectionRebuilds rebuilds;

    @Test
    void everyRebuildableProjectionIsListedWithItsPosition() throws Exception {
        given(rebuilds.status(anyString())).willAnswer(call -> Optional.of(caughtUp(call.getArgument(0))));

        mvc.perform(get("/api/v1/admin/projections").with(asSupervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(contains(
                        "ledger", "warnings", "escalations", "reports", "notices")))
                .andExpect(jsonPath("$[0].caughtUp").value(true))
                .andExpect(jsonPath("$[0].total").value(120));
    }

    @Test
    void aRebuildIsAcceptedAndAnsweredAtOnce() throws Exception {
        given(rebuilds.rebuild("ledger")).willReturn(Optional.of(
                new ProjectionStatus("ledger", true, true, false, 0, 120, null, STARTED)));

        mvc.perform(post("/api/v1/admin/projections/ledger/rebuild").with(asSupervisor()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.replaying").value(true))
                .andExpect(jsonPath("$.rebuildStartedAt").value("2023-03-01T03:00:00Z"));
    }

    @Test
    void anUnknownProjectionIsNotFoundNamingTheKnownOnes() throws Exception {
        given(rebuilds.status("sagas")).willReturn(Optional.empty());
        given(rebuilds.rebuild("sagas")).willReturn(Optional.empty());

        mvc.perform(get("/api/v1/admin/projections/sagas").with(asSupervisor()))
                .andExpect(problem(404, "UNKNOWN_PROJECTION"))
                .andExpect(jsonPath("$.detail")
                        .value("No projection sagas; there are [ledger, warnings, escalations, reports, notices]."));
        mvc.perform(post("/api/v1/admin/projections/sagas/rebuild").with(asSupervisor()))
                .andExpect(problem(404, "UNKNOWN_PROJECTION"));
    }

    @Test
    void onlyTheOfficeRebuilds() throws Exception {
        mvc.perform(post("/api/v1/admin/projections/ledger/rebuild").with(asAuditor())).andExpect(problem(403));
        mvc.perform(get("/api/v1/admin/projections").with(asAuditor())).andExpect(problem(403));

        verifyNoInteractions(rebuilds);
    }

    private static ProjectionStatus caughtUp(String name) {
        return new ProjectionStatus(name, true, false, true, 120, 120, null, null);
    }
}
