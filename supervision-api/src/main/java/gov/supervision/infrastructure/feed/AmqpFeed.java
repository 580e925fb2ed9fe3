package gov.supervision.infrastructure.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The feed to RabbitMQ: every event of a task, as the webhooks get it, published persistent to the topic exchange
 * with routing key {@code task.<type>}. A batch of the {@code feed-amqp} processor is published when it commits, and
 * its token moves only once the broker has confirmed every message: a broker that is down or refuses stops the
 * processor, which retries the batch, so no event is lost (some may be published twice: consumers de-duplicate by
 * message id, the event's id).
 */
@ProcessingGroup(AmqpFeed.GROUP)
class AmqpFeed {

    static final String GROUP = "feed-amqp";
    static final String ROUTING_PREFIX = "task.";

    private static final String BATCH = AmqpFeed.class.getName() + ".batch";

    private final RabbitTemplate rabbit;
    private final ObjectMapper json;
    private final FeedSettings.Amqp settings;

    AmqpFeed(RabbitTemplate rabbit, ObjectMapper json, FeedSettings settings) {
        this.rabbit = rabbit;
        this.json = json;
        this.settings = settings.amqp();
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event) throws JsonProcessingException {
        if (!FeedMessage.TASK_AGGREGATE.equals(event.getType())) {
            return;
        }
        FeedMessage message = FeedMessage.of(event, json);
        Message amqp = MessageBuilder.withBody(json.writeValueAsBytes(message))
                .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                .setContentEncoding("UTF-8")
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .setMessageId(message.eventId())
                .setType(message.type())
                .setTimestamp(Date.from(message.occurredAt()))
                .setHeader("taskId", message.taskId())
                .setHeader("sequence", message.sequence())
                .build();
        batch().add(amqp);
    }

    private List<Message> batch() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(BATCH, key -> {
            List<Message> messages = new ArrayList<>();
            root.onPrepareCommit(committing -> publish(messages));
            return messages;
        });
    }

    private void publish(List<Message> messages) {
        rabbit.invoke(channel -> {
            for (Message message : messages) {
                channel.send(settings.exchange(), ROUTING_PREFIX + message.getMessageProperties().getType(), message);
            }
            channel.waitForConfirmsOrDie(settings.confirmTimeout().toMillis());
            return messages.size();
        });
    }
}
