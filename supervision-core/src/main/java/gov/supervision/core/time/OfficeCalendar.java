package gov.supervision.core.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The office's notion of time: one injected clock, the office's zone, because "today", "due" and "overdue" are
 * calendar days where the office sits, not in UTC, and the working-day calendar in force, asked for each time a
 * deadline is computed so that a change of the calendar applies from then on.
 */
public final class OfficeCalendar {

    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<WorkingCalendar> workingDays;

    /** An office on the official calendars only. */
    public OfficeCalendar(Clock clock, ZoneId zone) {
        this(clock, zone, WorkingCalendar::official);
    }

    public OfficeCalendar(Clock clock, ZoneId zone, Supplier<WorkingCalendar> workingDays) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    /** The working-day calendar in force now. */
    public WorkingCalendar workingDays() {
        return workingDays.get();
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

    /** The day an instant falls on in the office's zone. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public int yearOf(Instant instant) {
        return instant.atZone(zone).getYear();
    }
}
