package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static gov.supervision.web.ApiFixtures.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer is problem+json, also where Spring MVC never sees the request (the security firewall, Tomcat's own
 * parsing of the request line and headers, the error path); and a client's mistake costs the log one line at most.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorAnswersTest extends ApiTestBase {

    @Test
    void aPathTheFirewallRejectsIsAnsweredAsProblem() {
        for (String path : List.of("/api/v1//tasks", "/api/v1/tasks;jsessionid=0", "/api/v1/tasks/%2e%2e/warnings")) {
            ApiClient.Response answer = api.get(path, tokens.supervisor());
            assertProblem(answer, 400);
            assertThat(answer.json().get("detail").asText()).as(path).isNotBlank();
        }
    }

    @Test
    void theErrorPathIsAnsweredAsProblem() {
        assertProblem(api.get("/error", null), 404);
        assertProblem(api.get("/error", tokens.supervisor()), 404);
        assertProblem(api.get("/error", tokens.supervisor(), "Accept", "text/html"), 404);
    }

    @Test
    void anOversizedHeaderIsAnsweredAsProblem() {
        RawAnswer answer = raw("GET /api/v1/tasks HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "长".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        answer.assertProblem(400);
    }

    @Test
    void aRequestTomcatCannotParseIsAnsweredAsProblem() {
        for (String requestLine : List.of("GET /api/v1/tasks/%ZZ HTTP/1.1", "GET /api/v1/tasks/a%2Fb HTTP/1.1",
                "GET /api/v1/t{asks HTTP/1.1")) {
            raw(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").assertProblem(400);
        }
        raw("GET /api/v1/tasks HTTP/1.1\r\nHost: localhost\r\nNo colon here\r\nConnection: close\r\n\r\n")
                .assertProblem(400);
    }

    @Test
    void aClientsMistakeLogsAtMostOneLineAndNoStackTrace(CapturedOutput output) {
        String supervisor = tokens.supervisor();
        String department = tokens.department("日志校验市司法局");
        int before = output.getAll().length();
        List<ApiClient.Response> answers = List.of(
                api.post("/api/v1/tasks/not-a-uuid/claim", department, Map.of("responsiblePerson", "王")),
                api.post("/api/v1/tasks/" + ApiFixtures.TASK_ID + "/claim", department, Map.of("responsiblePerson", "王")),
                api.postRaw("/api/v1/tasks/not-a-uuid/claim", department, "application/json",
                        "{\"responsiblePerson\":".getBytes(StandardCharsets.UTF_8)),
                api.post("/api/v1/tasks/not-a-uuid/progress-reports", department, Map.of("percentComplete", "x")),
                api.get("/api/v1/tasks?page=x", supervisor),
                api.get("/api/v1/tasks?page=2147483647&size=500", supervisor),
                api.get("/api/v1//tasks", supervisor),
                api.get("/error", null),
                api.postRaw("/api/v1/tasks/not-a-uuid/claim", department, "application/json;charset=GBK",
                        "{}".getBytes(StandardCharsets.UTF_8)));
        raw("GET /api/v1/tasks HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "x".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n").assertProblem(400);
        for (ApiClient.Response answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
        }
        List<String> logged = output.getAll().substring(before).lines().filter(line -> !line.isBlank()).toList();
        assertThat(logged).as("log lines of %d refused requests", answers.size() + 1)
                .noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by"))
                .hasSizeLessThanOrEqualTo(answers.size() + 1);
    }

    private RawAnswer raw(String request) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return RawAnswer.parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTTP/1.1 answer read off the socket: status, headers (lower-case names) and the body, de-chunked. */
    private record RawAnswer(int status, Map<String, String> headers, String body) {

        static RawAnswer parse(InputStream in) throws IOException {
            byte[] bytes = in.readAllBytes();
            int end = indexOf(bytes, "\r\n\r\n", 0);
            List<String> head = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).lines().toList();
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : head.subList(1, head.size())) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = end + 4;
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size; ; at += size + 2) {
                    int lineEnd = indexOf(bytes, "\r\n", at);
                    size = Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim(), 16);
                    at = lineEnd + 2;
                    if (size == 0) {
                        break;
                    }
                    body.write(bytes, at, size);
                }
            } else {
                body.write(bytes, at, bytes.length - at);
            }
            return new RawAnswer(Integer.parseInt(head.get(0).split(" ")[1]), headers,
                    body.toString(StandardCharsets.UTF_8));
        }

        private static int indexOf(byte[] bytes, String ascii, int from) {
            byte[] wanted = ascii.getBytes(StandardCharsets.ISO_8859_1);
            for (int i = from; i + wanted.length <= bytes.length; i++) {
                if (java.util.Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                    return i;
                }
            }
            throw new AssertionError("no " + ascii.replace("\r\n", "CRLF") + " in the answer");
        }

        void assertProblem(int expected) {
            assertThat(status).as(toString()).isEqualTo(expected);
            assertThat(headers.get("content-type")).as(toString()).startsWith("application/problem+json");
            JsonNode problem;
            try {
                problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
            assertThat(problem.get("status").asInt()).isEqualTo(expected);
            assertThat(problem.get("title").asText()).isNotBlank();
            assertThat(body).doesNotContain("Exception", "Tomcat", "<html", "org.apache");
        }
    }
}
