package gov.supervision.infrastructure.processing;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The source every tracking processor reads ({@code axon.eventhandling.processors.NAME.source: projectionEvents}):
 * the event store, batched by {@link LingeringEventSource}.
 */
@Configuration(proxyBeanMethods = false)
class EventSourceConfiguration {

    @Bean
    LingeringEventSource projectionEvents(EventStore eventStore,
                                          @Value("${supervision.processing.linger:50ms}") Duration linger) {
        return new LingeringEventSource(eventStore, linger);
    }
}
