package gov.supervision.infrastructure.feed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskReassignedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The webhooks' outbox: for every event of a task, one delivery row per subscription that receives it, written in
 * the transaction that moves the {@code feed-webhooks} processor's token. An event is thus enqueued exactly once
 * whatever stops the server (a redelivered event finds its rows), and the {@link WebhookDispatcher} sends the rows
 * at least once, whenever the receivers are up.
 * <p>
 * It keeps its own copy of each task's departments, for subscriptions limited to departments; that is why it reads
 * the whole history on its first start, although a subscription receives only the events from its creation on.
 */
@Component
@ProcessingGroup(WebhookOutbox.GROUP)
class WebhookOutbox {

    static final String GROUP = "feed-webhooks";

    private static final String SUBSCRIPTIONS = WebhookOutbox.class.getName() + ".subscriptions";
    private static final TypeReference<List<String>> DEPARTMENTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final WebhookSubscriptions subscriptions;
    private final WebhookDispatcher dispatcher;
    private final Clock wallClock = Clock.systemUTC();

    WebhookOutbox(JdbcTemplate jdbc, ObjectMapper json, WebhookSubscriptions subscriptions,
                  WebhookDispatcher dispatcher) {
        this.jdbc = jdbc;
        this.json = json;
        this.subscriptions = subscriptions;
        this.dispatcher = dispatcher;
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event, TrackingToken token) {
        if (!FeedMessage.TASK_AGGREGATE.equals(event.getType())) {
            return;
        }
        if (payload instanceof TaskAssignedEvent assigned) {
            departmentsAre(assigned.taskId(), keys(assigned.details().leadDepartment(),
                    assigned.details().leadDepartmentCode(), assigned.details().coDepartments(),
                    assigned.details().coDepartmentCodes()));
        } else if (payload instanceof TaskReassignedEvent reassigned) {
            departmentsAre(reassigned.taskId(), keys(reassigned.leadDepartment(), reassigned.leadDepartmentCode(),
                    reassigned.coDepartments(), reassigned.coDepartmentCodes()));
        }
        List<WebhookSubscription> active = active();
        if (active.isEmpty()) {
            return;
        }
        long position = token.position().orElseThrow();
        String type = FeedMessage.typeOf(event.getPayloadType());
        Set<String> departments = active.stream().anyMatch(subscription -> !subscription.departments().isEmpty())
                ? departmentsOf(event.getAggregateIdentifier())
                : Set.of();
        String body = null;
        for (WebhookSubscription subscription : active) {
            if (subscription.accepts(position, type, departments)) {
                body = body == null ? FeedJson.write(json, FeedMessage.of(event, json)) : body;
                enqueue(subscription, event, type, body);
            }
        }
    }

    /**
     * The subscriptions not cancelled, read once per batch of events: one created or cancelled meanwhile is seen
     * from the next batch on (a new one receives only events stored after its creation anyway).
     */
    private List<WebhookSubscription> active() {
        if (!CurrentUnitOfWork.isStarted()) {
            return subscriptions.active();
        }
        return batch().getOrComputeResource(SUBSCRIPTIONS, key -> {
            batch().afterCommit(committed -> dispatcher.wake());
            return subscriptions.active();
        });
    }

    private static UnitOfWork<?> batch() {
        return CurrentUnitOfWork.get().root();
    }

    private void enqueue(WebhookSubscription subscription, DomainEventMessage<?> event, String type, String body) {
        Timestamp now = Timestamp.from(wallClock.instant());
        jdbc.update("insert into webhook_delivery (subscription_id, event_id, task_id, sequence, type, body, status, "
                        + "attempts, created_at, next_attempt_at) select ?, ?, ?, ?, ?, ?, ?, 0, ?, ? "
                        + "where not exists (select 1 from webhook_delivery where subscription_id = ? "
                        + "and event_id = ?)",
                subscription.subscriptionId(), event.getIdentifier(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), type, body, DeliveryStatus.PENDING.name(), now, now,
                subscription.subscriptionId(), event.getIdentifier());
    }

    private void departmentsAre(String taskId, Set<String> departments) {
        String text = FeedJson.write(json, departments);
        if (jdbc.update("update feed_task set departments = ? where task_id = ?", text, taskId) == 0) {
            jdbc.update("insert into feed_task (task_id, departments) values (?, ?)", taskId, text);
        }
    }

    private Set<String> departmentsOf(String taskId) {
        return jdbc.query("select departments from feed_task where task_id = ?", (rs, i) -> rs.getString(1), taskId)
                .stream().findFirst().map(text -> Set.copyOf(FeedJson.read(json, text, DEPARTMENTS)))
                .orElse(Set.<String>of());
    }

    /** A task's departments as a subscription may name them: by name and by code, lead and co-operating. */
    private static Set<String> keys(String lead, String leadCode, List<String> co, List<String> coCodes) {
        Set<String> keys = new LinkedHashSet<>();
        Stream.concat(Stream.of(lead, leadCode), Stream.concat(co.stream(), coCodes.stream()))
                .filter(key -> key != null && !key.isBlank())
                .forEach(keys::add);
        return keys;
    }
}
