package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static gov.supervision.web.ApiFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

/** The correlation id a client sends is recorded with the events it causes only when it is a short token. */
class CorrelationIdTest extends ApiTestBase {

    private static final String LEAD = "关联市商务局";

    @Test
    void aShortTokenLikeCorrelationIdIsRecordedAsSent() {
        ApiClient.Response assigned = api.post("/api/v1/tasks", tokens.supervisor(), task("关联号原样记录", LEAD),
                "X-Correlation-Id", "oa:2023-03.0001_a");

        assertThat(assigned.status()).isEqualTo(201);
        assertThat(assigned.header("X-Correlation-Id")).isEqualTo("oa:2023-03.0001_a");
        assertThat(recordedCorrelationId(assigned)).isEqualTo("oa:2023-03.0001_a");
    }

    @Test
    void aCorrelationIdThatIsNotAShortTokenIsReplacedAndTheRequestAnswered() {
        for (String offered : new String[]{"x".repeat(7000), "<script>alert(1)</script>", "oa 2023 0001",
                "a".repeat(65)}) {
            ApiClient.Response assigned = api.post("/api/v1/tasks", tokens.supervisor(), task("关联号被替换", LEAD),
                    "X-Correlation-Id", offered);

            assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
            String recorded = recordedCorrelationId(assigned);
            assertThat(recorded).as("a generated id instead").isNotEqualTo(offered)
                    .matches("[0-9a-f-]{36}");
            assertThat(assigned.header("X-Correlation-Id")).as("the answer names the id recorded").isEqualTo(recorded);
        }
    }

    private String recordedCorrelationId(ApiClient.Response assigned) {
        String taskId = created(assigned);
        JsonNode history = api.get("/api/v1/tasks/" + taskId + "/history", tokens.auditor()).json();
        return history.get("entries").get(0).get("correlationId").asText();
    }
}
