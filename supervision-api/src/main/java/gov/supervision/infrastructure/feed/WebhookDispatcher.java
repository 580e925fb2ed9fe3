package gov.supervision.infrastructure.feed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Sends the outbox's deliveries: for each subscription and task, the oldest undelivered event first, and the next
 * only once it is delivered (or dead), so that a receiver gets each task's events in order. A node claims the heads
 * due in batches, each leased while it waits for one of its subscription's slots and is sent, so that several nodes
 * never send it at once; a node that dies mid-send leaves a lease that runs out, and another node sends it again (at
 * least once: receivers de-duplicate by event id).
 * <p>
 * Failures (an answer other than 2xx, a timeout, a refused or reset connection) are retried with exponential
 * backoff until {@code give-up-after} from its enqueueing, then the delivery is {@code DEAD}: visible in the
 * subscription's deliveries, and no longer holding back the task's later events. A subscription has at most
 * {@code in-flight-per-subscription} deliveries in flight, so a slow receiver never takes the threads of the others;
 * commands never wait for any of this. Retries follow real time, not the office's clock.
 */
@Component
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int MAX_ERROR = 500;

    /** Heads claimed in one query: enough to keep every thread busy between two queries. */
    private static final int CLAIM_BATCH = 256;
    /** The shortest time between two rounds: at most 40 commits a second, however busy the feed. */
    private static final Duration MIN_GAP = Duration.ofMillis(25);

    /** What an attempt came to, waiting to be recorded. */
    private record Outcome(long deliveryId, DeliveryStatus status, int attempts, Integer lastStatus,
                           String lastError, Instant nextAttemptAt, Instant deliveredAt) {
    }

    private record Due(long deliveryId, String subscriptionId, String eventId, String body, int attempts,
                       Instant createdAt, String url, String secret) {
    }

    /** A subscription's claimed deliveries waiting for one of its in-flight slots. */
    private static final class Lane {
        final Deque<Due> queued = new ArrayDeque<>();
        int inFlight;
    }

    private final FeedSettings.Webhooks settings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    private final Clock wallClock = Clock.systemUTC();
    private final Map<String, Lane> lanes = new LinkedHashMap<>();
    private final Worker claimer;
    private int sending;
    private volatile boolean running;
    private HttpClient http;
    private ExecutorService senders;

    WebhookDispatcher(FeedSettings settings, JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.settings = settings.webhooks();
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.claimer = new Worker("webhook-dispatcher", this::round, settings.webhooks().pollInterval(), MIN_GAP);
    }

    /** Looks for deliveries due now rather than at the next poll: new ones were enqueued, or one was sent. */
    void wake() {
        claimer.wake();
    }

    @Override
    public synchronized void start() {
        if (running || !settings.enabled()) {
            return;
        }
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        senders = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        claimer.start();
    }

    /**
     * Stops claiming, interrupts the sends under way (their deliveries are sent again), records what was sent and
     * gives back what was claimed and not sent.
     */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        claimer.stop(settings.timeout());
        senders.shutdownNow();
        try {
            senders.awaitTermination(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            transactions.executeWithoutResult(status -> record());
        } catch (RuntimeException e) {
            log.warn("The outcome of webhook deliveries could not be recorded; they are sent again once their "
                    + "leases run out", e);
        }
        releaseQueued();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * One round, in one transaction (on H2 every commit writes a chunk of the file, and the commands wait for theirs):
     * records the outcomes of the attempts since the last round, which may free the next events of their tasks, then
     * claims the heads due, as many as the lanes have room for, and hands them to the senders.
     */
    private void round() {
        List<Due> claimed = transactions.execute(status -> {
            record();
            return claimDue();
        });
        if (claimed != null && !claimed.isEmpty()) {
            synchronized (lanes) {
                for (Due due : claimed) {
                    lanes.computeIfAbsent(due.subscriptionId(), id -> new Lane()).queued.add(due);
                }
                pump();
            }
        }
    }

    /** Leases the heads due that the lanes have room for: a lane holds what its subscription sends in a few rounds. */
    private List<Due> claimDue() {
        int room = room();
        if (room <= 0) {
            return List.of();
        }
        Instant now = wallClock.instant();
        List<Due> claimable = new ArrayList<>();
        Map<String, Integer> perSubscription = new HashMap<>();
        for (Due due : due(now, Math.min(room, CLAIM_BATCH))) {
            int taken = perSubscription.merge(due.subscriptionId(), 1, Integer::sum);
            if (queuedFor(due.subscriptionId()) + taken <= laneDepth()) {
                claimable.add(due);
            }
        }
        if (claimable.isEmpty()) {
            return List.of();
        }
        Timestamp leaseUntil = Timestamp.from(now.plus(settings.lease(laneDepth())));
        Timestamp at = Timestamp.from(now);
        int[][] leased = jdbc.batchUpdate("update webhook_delivery set lease_until = ? where delivery_id = ? "
                        + "and status in ('PENDING', 'RETRYING') and (lease_until is null or lease_until < ?)",
                claimable, claimable.size(), (statement, due) -> {
                    statement.setTimestamp(1, leaseUntil);
                    statement.setLong(2, due.deliveryId());
                    statement.setTimestamp(3, at);
                });
        List<Due> claimed = new ArrayList<>();
        for (int i = 0; i < claimable.size(); i++) {
            if (leased[0][i] != 0) {
                claimed.add(claimable.get(i));
            }
        }
        return claimed;
    }

    /** How many a subscription may have claimed on this node at once, in flight or waiting for a slot. */
    private int laneDepth() {
        return settings.inFlightPerSubscription() * 8;
    }

    private int room() {
        synchronized (lanes) {
            return CLAIM_BATCH - lanes.values().stream().mapToInt(lane -> lane.queued.size()).sum();
        }
    }

    private int queuedFor(String subscriptionId) {
        synchronized (lanes) {
            Lane lane = lanes.get(subscriptionId);
            return lane == null ? 0 : lane.queued.size() + lane.inFlight;
        }
    }

    /** Starts what the free threads and each subscription's free slots allow, the subscriptions in turn. */
    private void pump() {
        boolean started = true;
        while (started && sending < settings.threads()) {
            started = false;
            for (Lane lane : lanes.values()) {
                if (sending >= settings.threads()) {
                    return;
                }
                if (lane.inFlight < settings.inFlightPerSubscription() && !lane.queued.isEmpty()) {
                    Due due = lane.queued.poll();
                    lane.inFlight++;
                    sending++;
                    started = true;
                    senders.execute(() -> {
                        try {
                            send(due);
                        } catch (RuntimeException e) {
                            log.warn("A webhook delivery could not be sent or recorded; it is sent again once its "
                                    + "lease runs out", e);
                        } finally {
                            finished(lane);
                        }
                    });
                }
            }
        }
    }

    /** A slot is free again; the outcome has woken the next round already (it records it and claims more). */
    private void finished(Lane lane) {
        synchronized (lanes) {
            lane.inFlight--;
            sending--;
            if (running) {
                pump();
            }
        }
    }

    /** A stopping node gives back what it claimed and did not send, for itself after a restart or another node. */
    private void releaseQueued() {
        List<Long> queued;
        synchronized (lanes) {
            queued = lanes.values().stream().flatMap(lane -> lane.queued.stream()).map(Due::deliveryId).toList();
            lanes.clear();
        }
        if (queued.isEmpty()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> jdbc.batchUpdate(
                    "update webhook_delivery set lease_until = null where delivery_id = ?", queued,
                    queued.size(), (statement, id) -> statement.setLong(1, id)));
        } catch (RuntimeException e) {
            log.warn("Webhook deliveries claimed by this node could not be released; their leases run out", e);
        }
    }

    /**
     * The deliveries due: waiting, their attempt due, not leased, of an active subscription, and the oldest of their
     * task not yet delivered or dead.
     */
    private List<Due> due(Instant now, int limit) {
        Timestamp at = Timestamp.from(now);
        return jdbc.query("select d.delivery_id, d.subscription_id, d.event_id, d.body, d.attempts, d.created_at, "
                        + "s.url, s.secret from webhook_delivery d "
                        + "join webhook_subscription s on s.subscription_id = d.subscription_id "
                        + "where d.status in ('PENDING', 'RETRYING') and d.next_attempt_at <= ? "
                        + "and (d.lease_until is null or d.lease_until < ?) and s.cancelled_at is null "
                        + "and not exists (select 1 from webhook_delivery e where e.subscription_id = d.subscription_id "
                        + "and e.task_id = d.task_id and e.sequence < d.sequence "
                        + "and e.status in ('PENDING', 'RETRYING')) "
                        + "order by d.delivery_id fetch first " + limit + " rows only",
                (rs, i) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8)),
                at, at);
    }

    private void send(Due due) {
        URI url = URI.create(due.url());
        if (!settings.allows(url)) {
            failed(due, null, "the host is no longer on the allow-list");
            return;
        }
        byte[] body = due.body().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header(FeedSignature.EVENT_ID_HEADER, due.eventId())
                .header(FeedSignature.HEADER, FeedSignature.of(due.secret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                delivered(due, response.statusCode());
            } else {
                failed(due, response.statusCode(), "the receiver answered " + response.statusCode());
            }
        } catch (HttpConnectTimeoutException e) {
            failed(due, null, "the receiver did not accept the connection within " + settings.connectTimeout());
        } catch (HttpTimeoutException e) {
            failed(due, null, "the receiver did not answer within " + settings.timeout());
        } catch (ConnectException e) {
            failed(due, null, "the receiver refused or dropped the connection");
        } catch (IOException e) {
            failed(due, null, "the connection failed or was reset");
        } catch (InterruptedException e) {
            // The node is stopping: the delivery is sent again, here after a restart or by another node.
            jdbc.update("update webhook_delivery set lease_until = null where delivery_id = ?", due.deliveryId());
            Thread.currentThread().interrupt();
        }
    }

    private void delivered(Due due, int status) {
        Instant now = wallClock.instant();
        outcomes.add(new Outcome(due.deliveryId(), DeliveryStatus.DELIVERED, due.attempts() + 1, status, null, now,
                now));
        claimer.wake();
    }

    private void failed(Due due, Integer status, String error) {
        Instant now = wallClock.instant();
        int attempts = due.attempts() + 1;
        Instant giveUp = due.createdAt().plus(settings.giveUpAfter());
        boolean dead = !now.isBefore(giveUp);
        Instant next = now.plus(settings.backoff(attempts));
        outcomes.add(new Outcome(due.deliveryId(), dead ? DeliveryStatus.DEAD : DeliveryStatus.RETRYING, attempts,
                status, error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error,
                dead ? now : next.isAfter(giveUp) ? giveUp : next, null));
        claimer.wake();
    }

    /**
     * Records the outcomes of the attempts since the last round, in the round's transaction. Until it is recorded a
     * delivery keeps its lease, and its task's next event waits.
     */
    private void record() {
        List<Outcome> batch = new ArrayList<>();
        outcomes.drainTo(batch);
        if (batch.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("update webhook_delivery set status = ?, attempts = ?, last_status = ?, last_error = ?, "
                        + "next_attempt_at = ?, delivered_at = ?, lease_until = null where delivery_id = ?",
                batch, batch.size(), (statement, outcome) -> {
                    statement.setString(1, outcome.status().name());
                    statement.setInt(2, outcome.attempts());
                    statement.setObject(3, outcome.lastStatus(), Types.INTEGER);
                    statement.setString(4, outcome.lastError());
                    statement.setTimestamp(5, Timestamp.from(outcome.nextAttemptAt()));
                    statement.setTimestamp(6, outcome.deliveredAt() == null ? null
                            : Timestamp.from(outcome.deliveredAt()));
                    statement.setLong(7, outcome.deliveryId());
                });
    }
}
