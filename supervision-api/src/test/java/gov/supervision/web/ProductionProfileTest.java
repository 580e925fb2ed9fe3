package gov.supervision.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.SupervisionApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The development token endpoint never exists with the production profile, whatever its settings say. */
@SpringBootTest(classes = SupervisionApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.profiles.active=postgres",
                "spring.datasource.url=jdbc:h2:mem:production-profile;DB_CLOSE_DELAY=-1",
                "supervision.security.dev-tokens=true"})
@Import(TestClockConfiguration.class)
class ProductionProfileTest {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper objectMapper;

    @Test
    void noDevelopmentTokensWithThePostgresProfile() {
        ApiClient api = new ApiClient(port, objectMapper);
        ApiClient.Response response = api.post("/api/v1/dev/tokens", null, Map.of("roles", List.of("SUPERVISOR")));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("token\"");
    }
}
