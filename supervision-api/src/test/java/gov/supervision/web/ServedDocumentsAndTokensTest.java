package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a newcomer reaches first: health, the OpenAPI description, Swagger UI and a development token. */
class ServedDocumentsAndTokensTest extends ApiTestBase {

    @Test
    void healthAndTheOpenApiDescriptionNeedNoToken() {
        assertThat(api.get("/actuator/health", null).json().get("status").asText()).isEqualTo("UP");
        ApiClient.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/v1/tasks")).isTrue();
        assertThat(paths.has("/api/v1/tasks/{id}/completion-requests/{requestId}/decision")).isTrue();
        assertThat(paths.has("/api/v1/tasks/{id}/history")).isTrue();
        for (String added : List.of("/api/v1/tasks/{id}/return", "/api/v1/tasks/{id}/reassignment",
                "/api/v1/tasks/{id}/responsible-person", "/api/v1/tasks/{id}/warnings/{warningId}/lifting")) {
            assertThat(paths.get(added).get("post").get("summary").asText()).as(added).isNotBlank();
        }
        assertThat(paths.get("/api/v1/calendar/{year}").has("get")).isTrue();
        assertThat(paths.get("/api/v1/calendar/{year}").has("put")).isTrue();
        assertThat(docs.json().get("components").get("securitySchemes").has("bearer")).isTrue();
        assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    @Test
    void theEmbeddedDefaultHandsOutWorkingTokensForEachRole() {
        ApiClient.Response issued = api.post("/api/v1/dev/tokens", null,
                Map.of("sub", "fgw-zhang", "name", "张伟", "roles", List.of("DEPARTMENT"), "department", "令牌市发展改革委"));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        String token = issued.json().get("token").asText();

        ApiClient.Response ledger = api.get("/api/v1/tasks", token);
        assertThat(ledger.status()).isEqualTo(200);
        assertThat(ledger.json().get("total").asLong()).as("a new department has no tasks yet").isZero();
        assertThat(api.post("/api/v1/tasks", token, ApiFixtures.task("部门不能交办", "令牌市发展改革委")).status())
                .as("the token carries its role and nothing more").isEqualTo(403);
    }

    @Test
    void aDepartmentTokenMustNameItsDepartment() {
        ApiClient.Response refused = api.post("/api/v1/dev/tokens", null, Map.of("roles", List.of("DEPARTMENT")));
        ApiFixtures.assertProblem(refused, 400);
        ApiClient.Response unknownRole = api.post("/api/v1/dev/tokens", null, Map.of("roles", List.of("MAYOR")));
        ApiFixtures.assertProblem(unknownRole, 400);
    }
}
