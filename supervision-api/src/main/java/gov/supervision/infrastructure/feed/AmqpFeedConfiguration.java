package gov.supervision.infrastructure.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.infrastructure.processing.LingeringEventSource;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code supervision.feed.amqp.enabled=true}: the durable topic exchange (declared on the first connection) and
 * the {@code feed-amqp} processor, which starts at the end of the event store the first time it runs (the broker
 * gets the events from then on; docs/integration.md) and goes on from its token after every restart.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "supervision.feed.amqp.enabled", havingValue = "true")
class AmqpFeedConfiguration {

    private static final int BATCH_SIZE = 100;

    @Bean
    TopicExchange supervisionEventsExchange(FeedSettings settings) {
        return new TopicExchange(settings.amqp().exchange(), true, false);
    }

    @Bean
    AmqpFeed amqpFeed(RabbitTemplate rabbit, ObjectMapper json, FeedSettings settings) {
        return new AmqpFeed(rabbit, json, settings);
    }

    @Bean
    ConfigurerModule amqpFeedProcessor(ApplicationContext context) {
        return configurer -> configurer.eventProcessing(processing -> processing.registerTrackingEventProcessor(
                AmqpFeed.GROUP, configuration -> context.getBean(LingeringEventSource.class),
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(BATCH_SIZE)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken)));
    }
}
