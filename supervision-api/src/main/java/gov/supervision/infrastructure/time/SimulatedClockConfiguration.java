package gov.supervision.infrastructure.time;

import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Profile {@code simulated-clock}, for demos and black-box tests: time moves only when
 * {@code POST /api/v1/admin/clock} says so, and the deadlines that fall due fire then, in order. The
 * scheduler still keeps every deadline in the database, as in production.
 */
@Configuration(proxyBeanMethods = false)
@Profile(SimulatedClockConfiguration.PROFILE)
public class SimulatedClockConfiguration {

    public static final String PROFILE = "simulated-clock";

    @Bean
    SettableClock schedulerTime(@Value("${supervision.simulated-clock.start:}") String start) {
        SettableClock time = new SettableClock();
        time.set(start.isBlank() ? Instant.now() : Instant.parse(start));
        return time;
    }

    @Bean
    Clock clock(SettableClock schedulerTime) {
        return new SimulatedClock(schedulerTime);
    }

    @Bean
    ManualScheduler scheduler(DataSource dataSource, List<Task<?>> tasks, SettableClock schedulerTime,
                              ObjectProvider<StatsRegistry> stats) {
        // Deadlines are scheduled in the transaction of the command that schedules them, as in production.
        TestHelper.ManualSchedulerBuilder scheduler = TestHelper
                .createManualScheduler(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .clock(schedulerTime);
        // The deadlines fired under simulated time count in the scheduler's metrics, as in production.
        stats.ifAvailable(scheduler::statsRegistry);
        return scheduler.build();
    }

    /** The manual scheduler never "starts" polling; it is healthy whenever it can be moved. */
    @Bean
    HealthIndicator schedulerHealthIndicator(TimeMachine timeMachine) {
        return () -> Health.up().withDetail("mode", "simulated clock").withDetail("now", timeMachine.now()).build();
    }

    @Bean
    TimeMachine timeMachine(ManualScheduler scheduler, SettableClock schedulerTime, DataSource dataSource) {
        return new TimeMachine(scheduler, schedulerTime, dataSource);
    }
}
