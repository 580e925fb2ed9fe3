package gov.supervision.core.api.calendar;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Set;

/**
 * Replaces one year's lists of the office's working-day calendar: a rule change that applies to deadlines computed
 * from then on and never rewrites history.
 */
public record SetCalendarYearCommand(
        @TargetAggregateIdentifier String calendarId,
        int year,
        Set<LocalDate> holidays,
        Set<LocalDate> workingWeekends,
        String source) {

    public SetCalendarYearCommand {
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        workingWeekends = workingWeekends == null ? Set.of() : Set.copyOf(workingWeekends);
    }
}
