package gov.supervision.core.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The office's notion of time: one injected clock and the office's zone, because "today", "due" and
 * "overdue" are calendar days where the office sits, not in UTC.
 */
public final class OfficeCalendar {

    private final Clock clock;
    private final ZoneId zone;

    public OfficeCalendar(Clock clock, ZoneId zone) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The first instant of the given day in the office's zone; a day ends where the next one starts. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    public int yearOf(Instant instant) {
        return instant.atZone(zone).getYear();
    }
}
