package gov.supervision.web.security;

import gov.supervision.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.postJson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The embedded default given a secret of its own, as an operator sets it, with dev-tokens still true. */
@WebSliceTest(DevTokenController.class)
@TestPropertySource(properties = {
        "supervision.security.jwt-secret=an-operators-own-secret-of-32-bytes-or-more-0123456789",
        "supervision.security.dev-tokens=true"})
class DevTokensWithOwnSecretTest {

    @Autowired
    MockMvc mvc;

    @Test
    void withASecretOfItsOwnTheServerSignsNoDevelopmentTokens() throws Exception {
        mvc.perform(postJson("/api/v1/dev/tokens", Map.of("roles", List.of("SUPERVISOR"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("token\""))));
    }
}
