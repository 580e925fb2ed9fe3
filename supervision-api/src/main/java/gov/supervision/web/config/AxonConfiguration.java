package gov.supervision.web.config;

import gov.supervision.core.api.common.SupervisionMetaData;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;

import java.time.Clock;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event inherits from the command that caused it the actor, the correlation id and the client's
 * idempotency key, so the history names who did what and on whose request.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    @Bean
    CorrelationDataProvider supervisionMetaDataProvider() {
        return new SimpleCorrelationDataProvider(SupervisionMetaData.PROPAGATED.toArray(String[]::new));
    }

    /** Events are stamped by the application's one clock, so their time agrees with the rules' "today". */
    @Bean
    InitializingBean eventClock(Clock clock) {
        return () -> GenericEventMessage.clock = clock;
    }

    /** Axon's own origin tracking under names that do not clash with the client's correlation id. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider("causationId", "traceId");
    }
}
