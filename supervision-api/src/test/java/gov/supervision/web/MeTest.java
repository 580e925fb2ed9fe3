package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static gov.supervision.web.ApiFixtures.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/me: the caller as the server records it, with the directory's names and what it may read. */
class MeTest extends ApiTestBase {

    @Test
    void aDepartmentIsNamedAsTheDirectoryKnowsItAndReadsItsOwnTasksOnly() {
        JsonNode me = ok(api.get("/api/v1/me", tokens.department("市发展改革委")));
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("DEPARTMENT");
        assertThat(me.get("department").asText()).as("the canonical name, not the alias in the token")
                .isEqualTo("市发展和改革委员会");
        assertThat(me.get("departmentCode").asText()).isEqualTo("FGW");
        assertThat(me.get("departmentScope").asText()).isEqualTo("FGW");
        assertThat(me.get("cityGovernment").asBoolean()).isFalse();
    }

    @Test
    void aLeaderIsNamedByTheDirectoryAndTheMayorDecidesForTheCityGovernment() {
        JsonNode mayor = ok(api.get("/api/v1/me", tokens.leader("leader-mayor")));
        assertThat(mayor.get("id").asText()).isEqualTo("leader-mayor");
        assertThat(mayor.get("name").asText()).isEqualTo("陈市长");
        assertThat(mayor.get("cityGovernment").asBoolean()).isTrue();
        assertThat(mayor.get("departmentScope").isNull()).as("a leader reads every task").isTrue();
        assertThat(ok(api.get("/api/v1/me", tokens.leader())).get("cityGovernment").asBoolean()).isFalse();
    }

    @Test
    void withoutATokenNobodyIsKnown() {
        assertProblem(api.get("/api/v1/me", null), 401);
    }

    private static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
