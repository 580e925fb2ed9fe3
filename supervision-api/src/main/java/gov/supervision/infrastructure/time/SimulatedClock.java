package gov.supervision.infrastructure.time;

import com.github.kagkarlsson.scheduler.testhelper.SettableClock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock under the {@code simulated-clock} profile: it stands still until moved, and it is
 * the very clock the persistent scheduler reads, so deadlines fall due exactly as the application sees time.
 */
final class SimulatedClock extends Clock {

    private final SettableClock time;

    SimulatedClock(SettableClock time) {
        this.time = time;
    }

    @Override
    public Instant instant() {
        return time.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
