package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import gov.supervision.SupervisionApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static gov.supervision.web.ApiFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An acknowledged command is never lost, on the embedded default too: the server runs as a process of its own on
 * an H2 file, is killed with SIGKILL while commands arrive, and every command it had answered {@code 201} for is
 * in the event store after a restart. (H2 used to acknowledge a commit up to half a second before writing it.)
 */
class AcknowledgedCommandsSurviveSigkillTest {

    /** The embedded default's development secret: the server under test runs with its own defaults. */
    private static final String DEVELOPMENT_SECRET = "embedded-default-development-secret-change-me-0123456789";
    private static final int CLIENTS = 8;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;

    @TempDir
    Path dataDir;

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Tokens tokens = new Tokens(new NimbusJwtEncoder(new ImmutableSecret<>(
            new SecretKeySpec(DEVELOPMENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))));
    private Process server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void everyCommandAnsweredBeforeASigkillIsStoredAfterTheRestart() throws Exception {
        int port = freePort();
        server = start(port, "first");
        String supervisor = tokens.supervisor();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            int number = client;
            clients.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    try {
                        HttpResponse<String> answer = post(port, supervisor, assignment("断电不丢" + number + "-" + i));
                        if (answer.statusCode() == 201) {
                            acknowledged.add(json.readTree(answer.body()).get("taskId").asText());
                        } else {
                            refusals.add(answer.statusCode() + " " + answer.body());
                        }
                    } catch (IOException | InterruptedException refused) {
                        // the server is gone: what it never answered is not owed
                    }
                }
            });
        }
        Instant loadDeadline = Instant.now().plus(Duration.ofMinutes(2));
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && Instant.now().isBefore(loadDeadline)) {
            Thread.sleep(20);
        }
        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        List<String> owed = new ArrayList<>(acknowledged);

        server = start(port, "restarted");
        List<String> lost = new ArrayList<>();
        for (String taskId : owed) {
            HttpResponse<String> history = get(port, "/api/v1/tasks/" + taskId + "/history?size=1", supervisor);
            if (history.statusCode() != 200 || json.readTree(history.body()).get("total").asLong() < 1) {
                lost.add(taskId);
            }
        }
        assertThat(owed).as("answered before the kill; refused: %s", refusals.stream().limit(3).toList())
                .hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        assertThat(lost).as("acknowledged before the kill, missing after the restart (of %d)", owed.size()).isEmpty();
    }

    private Process start(int port, String name) throws Exception {
        Path log = dataDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path"), SupervisionApplication.class.getName(),
                "--server.port=" + port, "--supervision.data-dir=" + dataDir.resolve("data"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        Process process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the server stopped; its log: %s", log).isTrue();
            try {
                if (get(port, "/actuator/health", null).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not answer within 3 minutes: " + Files.readString(log));
    }

    /** A task due long after today: this server runs on the real clock. */
    private static Map<String, Object> assignment(String title) {
        Map<String, Object> body = task(title, "市教育局");
        body.put("dueDate", "2099-12-31");
        body.put("milestones", List.of());
        return body;
    }

    private HttpResponse<String> post(int port, String token, Map<String, Object> body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tasks"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int port, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
