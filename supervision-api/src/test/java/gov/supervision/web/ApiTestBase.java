package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.SupervisionApplication;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application over real HTTP on an in-memory H2, one shared context for all API tests. Tests
 * use their own departments and titles, so they do not depend on each other's data. Time stands still at
 * {@link #NOW} (the simulated clock, never advanced in this shared context), so due dates and years are
 * deterministic and no deadline fires behind a test's back. Metrics are exported as in production (Spring
 * Boot's tests leave them out unless told), so {@code /actuator/prometheus} answers.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(classes = SupervisionApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:api-tests;DB_CLOSE_DELAY=-1",
                "spring.profiles.active=simulated-clock",
                "supervision.simulated-clock.start=" + ApiTestBase.START})
public abstract class ApiTestBase {

    public static final String START = "2023-03-01T01:00:00Z";
    public static final Instant NOW = Instant.parse(START);

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    JwtEncoder jwtEncoder;
    @Autowired
    protected JdbcTemplate jdbc;

    protected ApiClient api;
    protected Tokens tokens;

    @BeforeEach
    void connect() {
        api = new ApiClient(port, objectMapper);
        tokens = new Tokens(jwtEncoder);
    }

    /** Every event stored so far, in the whole store: a refused command must not change it. */
    protected long storedEvents() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    /** Moves the simulated clock; only for tests with a context of their own (this shared one stands still). */
    protected Instant advance(String span) {
        ApiClient.Response moved = api.post("/api/v1/admin/clock", tokens.supervisor(), java.util.Map.of("advanceBy", span));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        return Instant.parse(moved.json().get("now").asText());
    }

    protected JsonNode awaitTask(String taskId, long version) {
        return api.awaitTask(taskId, tokens.supervisor(), version);
    }

    public static String encode(String queryValue) {
        return URLEncoder.encode(queryValue, StandardCharsets.UTF_8);
    }

    protected static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("taskId").asText();
    }

    protected static long version(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response.json().get("version").asLong();
    }
}
