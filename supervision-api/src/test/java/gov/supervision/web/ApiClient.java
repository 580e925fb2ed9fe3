package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** A plain HTTP client over the real port, so tests see exactly what other systems see. */
public final class ApiClient {

    private static final Duration PROJECTION_DEADLINE = Duration.ofSeconds(15);

    private final String base;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ApiClient(int port, ObjectMapper json) {
        this.base = "http://localhost:" + port;
        this.json = json;
    }

    public record Response(int status, java.net.http.HttpHeaders headers, byte[] raw, ObjectMapper mapper) {

        public String body() {
            return new String(raw, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return mapper.readTree(raw);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body(), e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public Optional<String> text(String field) {
            JsonNode node = json().get(field);
            return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
        }

        @Override
        public String toString() {
            return status + " " + body();
        }
    }

    public Response post(String path, String token, Object body, String... headers) {
        try {
            return postRaw(path, token, "application/json", json.writeValueAsBytes(body), headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response postRaw(String path, String token, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = request(path, token, headers)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    public Response put(String path, String token, Object body, String... headers) {
        try {
            return send(request(path, token, headers).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response get(String path, String token, String... headers) {
        return send(request(path, token, headers).GET());
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    public Response head(String path, String token) {
        return send(request(path, token).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    /** Reads the task from the ledger once its projection has caught up with the given version. */
    public JsonNode awaitTask(String taskId, String token, long version) {
        Response answer = await(() -> get("/api/v1/tasks/" + taskId, token),
                last -> last.status() == 200 && last.json().get("version").asLong() >= version);
        return answer.json();
    }

    /** Reads until the read model shows what is expected; read models are eventually consistent. */
    public static <T> T await(Supplier<T> read, Predicate<T> expected) {
        Instant deadline = Instant.now().plus(PROJECTION_DEADLINE);
        T last = read.get();
        while (!expected.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the read model did not reach the expected state: " + last);
            }
            pause();
            last = read.get();
        }
        return last;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
