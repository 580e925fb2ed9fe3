package gov.supervision.infrastructure.messaging;

import gov.supervision.core.api.common.SupervisionMetaData;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Every event inherits from the command that caused it the actor, the correlation id and the client's
 * idempotency key, so the history names who did what and on whose request.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    private static final String[] SUBSCRIBING_POLICIES = {"subtask-policy", "inspection-policy"};
    /**
     * The outbound feed's processors: an event they fail on (the database or the broker unreachable) must be
     * retried, not logged and skipped, so their failures stop the processor, which retries the batch with backoff.
     */
    private static final String[] FEEDS = {"feed-webhooks", "feed-amqp"};

    @Bean
    CorrelationDataProvider supervisionMetaDataProvider() {
        return new SimpleCorrelationDataProvider(SupervisionMetaData.PROPAGATED.toArray(String[]::new));
    }

    /**
     * Events and deadlines are stamped by the application's one clock, so their time agrees with the rules'
     * "today". Axon keeps that clock in a static field; it is given back when the context closes.
     */
    @Bean
    EventClock eventClock(Clock clock) {
        return new EventClock(clock);
    }

    static final class EventClock implements InitializingBean, DisposableBean {

        private final Clock clock;
        private Clock previous;

        EventClock(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void afterPropertiesSet() {
            previous = GenericEventMessage.clock;
            GenericEventMessage.clock = clock;
        }

        @Override
        public void destroy() {
            GenericEventMessage.clock = previous;
        }
    }

    /**
     * The policies that complete a command (a subtask's closure reaching its parent, an inspection's findings
     * becoming tasks) run in the command's transaction; their failure must fail the command, not be logged away.
     */
    @Bean
    ConfigurerModule policiesFailTheirCommandAndFeedsRetry() {
        return configurer -> configurer.eventProcessing(processing -> {
            Stream.of(SUBSCRIBING_POLICIES, FEEDS).flatMap(Arrays::stream).forEach(group ->
                    processing.registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance()));
        });
    }

    /**
     * The processors with a dead-letter queue (axon.eventhandling.processors.NAME.dlq.enabled). Rebuilding one
     * empties its queue: the replay hands every event to the projection again, and letters left over would hold
     * back the replayed events of their task (Axon keeps the queue on a reset unless told otherwise). The cache
     * of parked sequences spares a query per event while nothing is parked; it is set here, not with
     * dlq.cache.enabled, because Axon keeps only one such configuration per processor.
     */
    @Bean
    ConfigurerModule deadLetteringProcessors(EventProcessorProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> properties.getProcessors().forEach(
                (group, settings) -> {
                    if (settings.getDlq() != null && settings.getDlq().isEnabled()) {
                        processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (configuration, invoker) -> invoker.allowReset(true).enableSequenceIdentifierCache());
                    }
                }));
    }

    /** Axon's own origin tracking under names that do not clash with the client's correlation id. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider("causationId", "traceId");
    }
}
