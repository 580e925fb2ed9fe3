package gov.supervision.web.clock;

import gov.supervision.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;

import static gov.supervision.web.ApiFixtures.asSupervisor;
import static gov.supervision.web.ApiFixtures.postJson;
import static gov.supervision.web.ApiFixtures.problem;

/** Without the simulated clock's profile, time cannot be moved: the path does not exist. */
@WebSliceTest(ClockController.class)
class AbsentClockControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theClockPathIsNotFound() throws Exception {
        mvc.perform(postJson("/api/v1/admin/clock", Map.of("advanceBy", "P8D")).with(asSupervisor()))
                .andExpect(problem(404));
    }
}
