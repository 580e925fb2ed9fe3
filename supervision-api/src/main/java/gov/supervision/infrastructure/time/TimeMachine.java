package gov.supervision.infrastructure.time;

import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Moves simulated time forward deadline by deadline: the clock stops at each due deadline in turn, so that
 * what one deadline schedules (an escalation a week after a red warning) also fires if it falls in the span.
 */
public class TimeMachine {

    // A deadline whose handler keeps failing is retried by the scheduler; never loop on it for ever.
    private static final int MAX_STEPS = 10_000;

    private final ManualScheduler scheduler;
    private final SettableClock time;
    private final JdbcTemplate jdbc;

    TimeMachine(ManualScheduler scheduler, SettableClock time, DataSource dataSource) {
        this.scheduler = scheduler;
        this.time = time;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public Instant now() {
        return time.now();
    }

    public synchronized Instant advance(Duration span) {
        Instant target = time.now().plus(span);
        for (int step = 0; step < MAX_STEPS; step++) {
            OffsetDateTime next = jdbc.queryForObject(
                    "select min(execution_time) from scheduled_tasks where picked = false and execution_time <= ?",
                    OffsetDateTime.class, target.atOffset(ZoneOffset.UTC));
            if (next == null) {
                break;
            }
            if (next.toInstant().isAfter(time.now())) {
                time.set(next.toInstant());
            }
            scheduler.runAnyDueExecutions();
        }
        time.set(target);
        scheduler.runAnyDueExecutions();
        return target;
    }
}
