package gov.supervision.core.api.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The office replaced one year's lists of its working-day calendar, in force for deadlines computed from the
 * instant of this event on. The dates are in order.
 */
public record CalendarYearSetEvent(
        String calendarId,
        int year,
        List<LocalDate> holidays,
        List<LocalDate> workingWeekends,
        String source) {

    public CalendarYearSetEvent {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workingWeekends = workingWeekends == null ? List.of() : List.copyOf(workingWeekends);
    }

    /** The year's lists as the calendar holds them. */
    public CalendarYear calendarYear() {
        return CalendarYear.of(year, holidays, workingWeekends, source);
    }
}
