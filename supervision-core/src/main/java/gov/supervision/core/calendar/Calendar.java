package gov.supervision.core.calendar;

import gov.supervision.core.api.calendar.CalendarId;
import gov.supervision.core.api.calendar.CalendarYear;
import gov.supervision.core.api.calendar.CalendarYearSetEvent;
import gov.supervision.core.api.calendar.SetCalendarYearCommand;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The office's working-day calendar as the office changed it: each year it set replaces that year's official lists
 * from then on. A year's lists must describe that year and only that year, and a make-up working day (调休) is a
 * weekend day worked, so anything else is a mistake in the notice as typed, refused before it moves a deadline.
 * Setting a year to the lists it already has records nothing.
 */
@Aggregate
class Calendar {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @AggregateIdentifier
    private String calendarId;
    private final Map<Integer, CalendarYear> years = new HashMap<>();

    Calendar() {
        // rebuilt from its events by Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetCalendarYearCommand command) {
        int year = command.year();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw invalid("The year " + year + " is outside " + FIRST_YEAR + " to " + LAST_YEAR + ".");
        }
        requireWithin(year, "holiday", command.holidays());
        requireWithin(year, "working weekend day", command.workingWeekends());
        Set<LocalDate> both = new TreeSet<>(command.holidays());
        both.retainAll(command.workingWeekends());
        if (!both.isEmpty()) {
            throw invalid("The dates " + both + " are both holidays and working weekend days.");
        }
        Set<LocalDate> weekdays = new TreeSet<>();
        command.workingWeekends().stream().filter(day -> !isWeekend(day)).forEach(weekdays::add);
        if (!weekdays.isEmpty()) {
            throw invalid("The working weekend days " + weekdays + " are not a Saturday or a Sunday.");
        }
        CalendarYear next = CalendarYear.of(year, command.holidays(), command.workingWeekends(), command.source());
        if (next.equals(years.get(year))) {
            return;
        }
        apply(new CalendarYearSetEvent(CalendarId.ID, year, List.copyOf(next.holidays()),
                List.copyOf(next.workingWeekends()), command.source()));
    }

    private static void requireWithin(int year, String what, Set<LocalDate> days) {
        Set<LocalDate> outside = new TreeSet<>();
        days.stream().filter(day -> day.getYear() != year).forEach(outside::add);
        if (!outside.isEmpty()) {
            throw invalid("The " + what + "s listed for " + year + " include dates of another year: " + outside
                    + ".");
        }
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static RuleViolationException invalid(String detail) {
        return new RuleViolationException(RuleViolation.CALENDAR_YEAR_INVALID, detail);
    }

    @EventSourcingHandler
    void on(CalendarYearSetEvent event) {
        calendarId = event.calendarId();
        years.put(event.year(), event.calendarYear());
    }
}
