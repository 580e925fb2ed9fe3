package gov.supervision.infrastructure.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deadline manager the tasks use: Axon's persistent db-scheduler one, built as Axon's auto-configuration
 * builds it (the scheduler is started and stopped by its own Spring Boot starter), with an index of each task's
 * deadlines in front of it. The db-scheduler manager stays a bean of its own, as its scheduler task looks it up.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    DbSchedulerDeadlineManager dbSchedulerDeadlineManager(Scheduler scheduler,
                                                          org.axonframework.config.Configuration configuration,
                                                          Serializer serializer,
                                                          TransactionManager transactionManager,
                                                          DeadlineManagerSpanFactory spanFactory) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .spanFactory(spanFactory)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
    }

    @Bean
    @Primary
    DeadlineManager indexedDeadlineManager(DbSchedulerDeadlineManager deadlineManager, JdbcTemplate jdbc) {
        return new IndexedDeadlineManager(deadlineManager, jdbc);
    }
}
