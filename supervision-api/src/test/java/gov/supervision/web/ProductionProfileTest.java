package gov.supervision.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.SupervisionApplication;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Development conveniences never exist in production: no token endpoint, no simulated clock. Here the profile runs
 * on H2 (with H2's dialect), so it is checked without PostgreSQL; {@link ProductionProfileOnPostgresTest} runs it
 * as deployed.
 */
@SpringBootTest(classes = SupervisionApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.profiles.active=postgres",
                "spring.datasource.url=jdbc:h2:mem:production-profile;DB_CLOSE_DELAY=-1",
                "spring.jpa.database-platform=" + ProductionProfileTest.H2_DIALECT,
                "supervision.security.jwt-secret=" + ProductionProfileTest.SECRET,
                "supervision.security.dev-tokens=true"})
class ProductionProfileTest {

    static final String SECRET = "production-profile-test-secret-0123456789";
    static final String H2_DIALECT = "org.hibernate.dialect.H2Dialect";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    JwtEncoder jwtEncoder;

    @Test
    void noSimulatedClockWithoutItsProfile() {
        ApiClient api = new ApiClient(port, objectMapper);
        String supervisor = new Tokens(jwtEncoder).supervisor();
        assertThat(api.post("/api/v1/admin/clock", supervisor, Map.of("advanceBy", "P8D")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/admin/clock", supervisor).status()).isEqualTo(404);
    }

    @Test
    void withoutADatabaseTheProductionServerStopsAtOnceSayingWhatIsMissing() {
        Assumptions.assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null, "SPRING_DATASOURCE_URL is set");
        assertThatThrownBy(() -> new SpringApplicationBuilder(SupervisionApplication.class)
                .run("--spring.profiles.active=postgres", "--server.port=0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void noDevelopmentTokensWithThePostgresProfile() {
        ApiClient api = new ApiClient(port, objectMapper);
        ApiClient.Response response = api.post("/api/v1/dev/tokens", null, Map.of("roles", List.of("SUPERVISOR")));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("token\"");
    }
}
