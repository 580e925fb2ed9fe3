package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Databases written by earlier releases, each through its own REST API by its {@code make-store.py} (in
 * {@code previous-release/<commit>/}): 0.1.0 at commit b0e0693, and d459181, the last release before the rules of
 * time of 1.1 (calendar periods, claim limits, the clock stopped by a timely completion request). Each starts under
 * this release and verifies: every history reads back as that release answered it, the chains and the digest kept
 * then verify, and the deadlines it left pending (stored with their payloads' class names) fire, the old rolling
 * report window handing over to calendar periods. Stored events and deadlines are never migrated, so a rename of an
 * event, a deadline payload or the aggregate fails here.
 */
class PreviousReleaseStoreTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "the store of {0}")
    @ValueSource(strings = {"b0e0693", "d459181"})
    void anEarlierReleasesStoreReadsVerifiesAndKeepsItsDeadlines(String release) throws IOException {
        JsonNode expected = unpack(release);
        try (ConfigurableApplicationContext server = Servers.startOn(dataDir)) {
            ApiClient api = Servers.api(server);
            Tokens tokens = Servers.tokens(server);
            List<String> tasks = new ArrayList<>();
            expected.get("tasks").forEach(task -> tasks.add(task.asText()));

            for (String task : tasks) {
                assertThat(history(api, tokens, task)).as("history of %s", task)
                        .isEqualTo(expected.get("history").get(task));
                JsonNode verification = api.get("/api/v1/tasks/" + task + "/verification", tokens.auditor()).json();
                assertThat(verification.get("valid").asBoolean()).as("chain of %s", task).isTrue();
            }
            JsonNode digest = api.post("/api/v1/audit/digest/verification", tokens.auditor(),
                    expected.get("digest")).json();
            assertThat(digest.get("valid").asBoolean()).as("digest kept by the earlier release: %s", digest).isTrue();

            // Each store was left at 03-06, five days after the simulated clock's start: its deadlines fall due up
            // to 04-01.
            api.post("/api/v1/admin/clock", tokens.supervisor(), Map.of("advanceBy", "P35D"));

            String late = tasks.get(2);
            String problem = tasks.get(3);
            assertThat(rulesFired(api, tokens, late)).contains("REPORT_MISSED", "MILESTONE_MISSED", "DUE_SOON",
                    "OVERDUE", "RED_UNRESOLVED");
            assertThat(rulesFired(api, tokens, problem)).contains("DUE_SOON", "OVERDUE");
            List<String> checked = new ArrayList<>(List.of(late, problem));
            if (release.equals("d459181")) {
                // A completion request stored before requests said whether they came in time never stopped the
                // clock: the task it waits on turns red at its due date, as under the release that stored it.
                String waiting = tasks.get(5);
                assertThat(rulesFired(api, tokens, waiting)).contains("OVERDUE");
                checked.add(waiting);
            }
            for (String task : checked) {
                assertThat(api.get("/api/v1/tasks/" + task + "/verification", tokens.auditor()).json()
                        .get("valid").asBoolean()).isTrue();
            }
        }
    }

    private JsonNode unpack(String release) throws IOException {
        try (InputStream in = resource(release, "store.zip"); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Files.copy(zip, dataDir.resolve(entry.getName()));
            }
        }
        try (InputStream in = resource(release, "expected.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static JsonNode history(ApiClient api, Tokens tokens, String task) {
        return api.get("/api/v1/tasks/" + task + "/history?size=500", tokens.auditor()).json();
    }

    /** The rules of the warnings and escalations that time raised on the task. */
    private static List<String> rulesFired(ApiClient api, Tokens tokens, String task) {
        List<String> rules = new ArrayList<>();
        history(api, tokens, task).get("entries").forEach(entry -> {
            JsonNode rule = entry.get("payload").get("rule");
            if (rule != null && !rule.isNull()) {
                rules.add(rule.asText());
            }
        });
        return rules;
    }

    private static InputStream resource(String release, String name) {
        String path = "previous-release/" + release + "/" + name;
        InputStream in = PreviousReleaseStoreTest.class.getResourceAsStream("/" + path);
        assertThat(in).as("test resource %s", path).isNotNull();
        return in;
    }
}
