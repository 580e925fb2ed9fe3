package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assessment schemes over real HTTP: versions recorded by the office, listed for every reader of reports, bad ones
 * refused storing nothing. The scheme used here is not the one the shared context scores by, so no other test's
 * figures move.
 */
class AssessmentSchemesEndToEndTest extends ApiTestBase {

    private static final String SCHEMES = "/api/v1/reports/assessment-schemes";

    private static Map<String, Object> weights(double onTime) {
        Map<String, Object> weights = new LinkedHashMap<>();
        for (String name : List.of("reportTimeliness", "coOperation", "base", "overdue", "yellowWarning",
                "redWarning", "escalation", "finding", "sanction", "commendation")) {
            weights.put(name, 5);
        }
        weights.put("onTime", onTime);
        return weights;
    }

    private List<String> versionsOf(String scheme) {
        List<String> versions = new ArrayList<>();
        for (JsonNode version : api.get(SCHEMES, tokens.auditor()).json().get("schemes")) {
            if (version.get("id").asText().equals(scheme)) {
                versions.add(version.get("version").asInt() + ":" + version.get("weights").get("onTime").asDouble()
                        + ":" + version.get("categoryMultipliers").path("RED_LINE").asDouble(1));
            }
        }
        return versions;
    }

    @Test
    void theOfficeRecordsVersionsThatEveryReaderOfReportsSees() {
        ApiClient.Response first = api.put(SCHEMES + "/e2e-county", tokens.supervisor(), Map.of("weights",
                weights(60), "categoryMultipliers", Map.of("RED_LINE", 2), "note", "县级考核办法"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        long stored = storedEvents();
        ApiClient.Response same = api.put(SCHEMES + "/e2e-county", tokens.supervisor(), Map.of("weights",
                weights(60), "categoryMultipliers", Map.of("RED_LINE", 2), "note", "重复提交"));
        assertThat(same.status()).as(same.toString()).isEqualTo(200);
        assertThat(storedEvents()).as("the same weights again record nothing").isEqualTo(stored);
        assertThat(api.put(SCHEMES + "/e2e-county", tokens.supervisor(), Map.of("weights", weights(70)))
                .status()).isEqualTo(200);

        assertThat(versionsOf("e2e-county")).containsExactly("1:60.0:2.0", "2:70.0:1.0");
        JsonNode list = api.get(SCHEMES, tokens.leader()).json();
        assertThat(list.get("inUse").asText()).isEqualTo("default");
        assertThat(list.get("schemes").get(0).get("id").asText()).isEqualTo("default");
        assertThat(list.get("schemes").get(0).get("version").asInt()).isZero();
        assertThat(api.get(SCHEMES, tokens.department("考核市财政局")).status()).isEqualTo(403);
        assertThat(api.put(SCHEMES + "/e2e-county", tokens.leader(), Map.of("weights", weights(80))).status())
                .isEqualTo(403);
    }

    @Test
    void aBadSchemeIsRefusedAsProblemJsonAndStoresNothing() {
        long stored = storedEvents();
        List<ApiClient.Response> refused = List.of(
                api.put(SCHEMES + "/e2e-bad", tokens.supervisor(), Map.of("weights", weights(-1))),
                api.put(SCHEMES + "/e2e-bad", tokens.supervisor(), Map.of("weights", weights(50),
                        "categoryMultipliers", Map.of("RED_LINE", 0))),
                api.put(SCHEMES + "/e2e-bad", tokens.supervisor(), Map.of("weights", weights(50),
                        "categoryMultipliers", Map.of("RED_LINE", 11))),
                api.put(SCHEMES + "/Not_An_Id", tokens.supervisor(), Map.of("weights", weights(50))));

        for (ApiClient.Response answer : refused) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("code").asText()).isEqualTo("ASSESSMENT_SCHEME_INVALID");
        }
        ApiClient.Response unknownCategory = api.put(SCHEMES + "/e2e-bad", tokens.supervisor(),
                Map.of("weights", weights(50), "categoryMultipliers", Map.of("IMPORTANT", 2)));
        assertThat(unknownCategory.status()).as(unknownCategory.toString()).isEqualTo(400);
        assertThat(storedEvents()).isEqualTo(stored);
        assertThat(versionsOf("e2e-bad")).isEmpty();
    }
}
