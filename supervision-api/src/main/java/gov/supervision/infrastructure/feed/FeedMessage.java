package gov.supervision.infrastructure.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.core.api.common.Actor;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;

/**
 * What the feed sends of one event of a task, to webhooks and RabbitMQ alike (docs/integration.md): the event's id,
 * its task and sequence in the task (a receiver orders and de-duplicates by them), its type (the event's name without
 * "Event", as the history names it), when and by whom, and its payload as stored.
 */
public record FeedMessage(String eventId, String taskId, long sequence, String type, Instant occurredAt,
                          Actor actor, JsonNode payload) {

    /** Only the events of tasks go out: their order per task is what receivers rely on. */
    static final String TASK_AGGREGATE = "Task";
    private static final String EVENT_SUFFIX = "Event";

    static FeedMessage of(DomainEventMessage<?> event, ObjectMapper json) {
        return new FeedMessage(event.getIdentifier(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                typeOf(event.getPayloadType()), event.getTimestamp(), Actor.fromMetaData(event.getMetaData()),
                json.valueToTree(event.getPayload()));
    }

    static String typeOf(Class<?> payloadType) {
        String name = payloadType.getSimpleName();
        return name.endsWith(EVENT_SUFFIX) ? name.substring(0, name.length() - EVENT_SUFFIX.length()) : name;
    }
}
