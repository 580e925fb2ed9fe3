package gov.supervision.infrastructure.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * The command bus: Axon's simple one, built as Axon's auto-configuration builds it, behind group commit
 * ({@link GroupCommitCommandBus}). {@code supervision.commands.max-group-size} bounds a group; 1 turns grouping
 * off (every command in a transaction of its own).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class CommandBusConfiguration {

    @Bean
    @Qualifier("localSegment")
    CommandBus commandBus(TransactionManager transactionManager, Configuration axonConfiguration,
                          DuplicateCommandHandlerResolver duplicateCommandHandlerResolver,
                          @Value("${supervision.commands.max-group-size:64}") int maxGroupSize,
                          ObjectProvider<MeterRegistry> meters) {
        SimpleCommandBus commandBus = SimpleCommandBus.builder()
                .transactionManager(transactionManager)
                .duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
                .spanFactory(axonConfiguration.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axonConfiguration.messageMonitor(CommandBus.class, "commandBus"))
                .build();
        commandBus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axonConfiguration.correlationDataProviders()));
        if (maxGroupSize <= 1) {
            return commandBus;
        }
        return new GroupCommitCommandBus(commandBus, transactionManager, maxGroupSize,
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** The tasks' cache ({@link AggregateCache}), named by the task aggregate; a size of 0 keeps none. */
    @Bean
    Cache taskCache(@Value("${supervision.commands.cached-tasks:10000}") long cachedTasks) {
        return cachedTasks > 0 ? new AggregateCache(cachedTasks) : NoCache.INSTANCE;
    }
}
