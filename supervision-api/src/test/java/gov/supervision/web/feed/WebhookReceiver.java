package gov.supervision.web.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import gov.supervision.infrastructure.feed.FeedSignature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A webhook receiver on 127.0.0.1, as another system would run one: it checks each delivery's signature and answers
 * 500 to the first attempts of every event it is told to fail, or to all, or answers too late.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request the receiver was sent, and what it answered. */
    public record Received(String eventId, String headerEventId, String taskId, long sequence, String type,
                    boolean signatureValid, int answered, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String secret;
    private final int port;
    private final int failuresPerEvent;
    private final long answerAfterMillis;
    private final List<Received> received = new ArrayList<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private HttpServer server;
    private ServerSocket resetter;

    private WebhookReceiver(String secret, int port, int failuresPerEvent, long answerAfterMillis) {
        this.secret = secret;
        this.port = port;
        this.failuresPerEvent = failuresPerEvent;
        this.answerAfterMillis = answerAfterMillis;
    }

    /** Answers 500 to the first {@code failuresPerEvent} attempts of every event, then 200. */
    public static WebhookReceiver failingFirst(String secret, int failuresPerEvent) {
        return new WebhookReceiver(secret, freePort(), failuresPerEvent, 0).start();
    }

    /** Answers every request only after {@code millis}. */
    public static WebhookReceiver answeringAfter(String secret, long millis) {
        return new WebhookReceiver(secret, freePort(), 0, millis).start();
    }

    /** A receiver for a port nobody listens on yet: it is started later, as a system that was down comes back. */
    public static WebhookReceiver down(String secret) {
        return new WebhookReceiver(secret, freePort(), 0, 0);
    }

    /**
     * A receiver that accepts each connection and resets it at once (TCP RST), before any answer; its {@code url()}
     * is the one to subscribe.
     */
    public static WebhookReceiver resetting() {
        WebhookReceiver receiver = new WebhookReceiver("", freePort(), 0, 0);
        try {
            ServerSocket socket = new ServerSocket(receiver.port, 50, java.net.InetAddress.getByName("127.0.0.1"));
            receiver.resetter = socket;
            Thread thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket accepted = socket.accept()) {
                        accepted.setSoLinger(true, 0);
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "resetting-receiver");
            thread.setDaemon(true);
            thread.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return receiver;
    }

    /** A port nobody listens on. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebhookReceiver start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook", this::handle);
        server.start();
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        JsonNode json = JSON.readTree(body);
        String eventId = json.get("eventId").asText();
        boolean valid = FeedSignature.of(secret, body)
                .equals(exchange.getRequestHeaders().getFirst(FeedSignature.HEADER));
        int attempt = attempts.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
        int status = attempt <= failuresPerEvent ? 500 : 200;
        if (answerAfterMillis > 0) {
            try {
                Thread.sleep(answerAfterMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (received) {
            received.add(new Received(eventId, exchange.getRequestHeaders().getFirst(FeedSignature.EVENT_ID_HEADER),
                    json.get("taskId").asText(), json.get("sequence").asLong(), json.get("type").asText(), valid,
                    status, json));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** Every request so far, in the order they arrived. */
    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The requests so far of one task. */
    public List<Received> of(String taskId) {
        return received().stream().filter(request -> request.taskId().equals(taskId)).toList();
    }

    /** The requests of a task the receiver accepted. */
    public List<Received> accepted(String taskId) {
        return of(taskId).stream().filter(accepted()).toList();
    }

    private static Predicate<Received> accepted() {
        return request -> request.answered() == 200;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
        if (resetter != null) {
            try {
                resetter.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
