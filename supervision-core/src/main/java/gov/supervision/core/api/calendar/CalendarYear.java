package gov.supervision.core.api.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One year of the office's working-day calendar: the official holidays (days off, weekends within a holiday
 * included) and the make-up working days (调休) that fall on a weekend, with where the lists come from.
 */
public record CalendarYear(int year, SortedSet<LocalDate> holidays, SortedSet<LocalDate> workingWeekends,
                           String source) {

    public CalendarYear {
        holidays = sorted(holidays);
        workingWeekends = sorted(workingWeekends);
    }

    public static CalendarYear of(int year, Collection<LocalDate> holidays, Collection<LocalDate> workingWeekends,
                                  String source) {
        return new CalendarYear(year, sorted(holidays), sorted(workingWeekends), source);
    }

    private static SortedSet<LocalDate> sorted(Collection<LocalDate> dates) {
        return Collections.unmodifiableSortedSet(dates == null ? new TreeSet<>() : new TreeSet<>(dates));
    }
}
