package gov.supervision.infrastructure.eventstore;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event is chained to its aggregate's previous one on its way into the store, whichever storage engine
 * Axon configured (JPA on H2 and on PostgreSQL), so the history can be verified against tampering.
 */
@Configuration(proxyBeanMethods = false)
class EventChainConfiguration {

    @Bean
    static BeanPostProcessor hashChainingEventStorage(ApplicationContext context) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof EventStorageEngine engine && !(bean instanceof HashChainingEventStorageEngine)) {
                    return new HashChainingEventStorageEngine(engine,
                            context.getBean("eventSerializer", Serializer.class));
                }
                return bean;
            }
        };
    }
}
