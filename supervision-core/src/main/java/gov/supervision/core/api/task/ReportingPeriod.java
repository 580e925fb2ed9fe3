package gov.supervision.core.api.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * "以周保月、以月保季": the reporting periods of a cadence are calendar periods in the office's zone, a week from Monday
 * to Sunday, a month, a quarter. The first period a department owes is the first whole one after the day its round
 * starts (the claim, or the assignment of a task not claimed): a task claimed on a Wednesday owes its first weekly
 * report in the following week. The write side schedules the periods by this arithmetic and the reports' projection
 * counts them by it, so the two never disagree on what was owed.
 *
 * @param key the period's name: {@code 2023-W10}, {@code 2023-03}, {@code 2023-Q1}
 */
public record ReportingPeriod(ReportingCadence cadence, String key, LocalDate start, LocalDate end) {

    public ReportingPeriod next() {
        return containing(cadence, end.plusDays(1));
    }

    /** The first whole period after the one the given day falls in. */
    public static ReportingPeriod firstOwedAfter(ReportingCadence cadence, LocalDate day) {
        return containing(cadence, day).next();
    }

    public static ReportingPeriod containing(ReportingCadence cadence, LocalDate day) {
        return switch (cadence) {
            case WEEKLY -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new ReportingPeriod(cadence, String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), monday, monday.plusDays(6));
            }
            case MONTHLY -> {
                LocalDate first = day.withDayOfMonth(1);
                yield new ReportingPeriod(cadence, String.format("%d-%02d", first.getYear(), first.getMonthValue()),
                        first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
            case QUARTERLY -> {
                int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
                LocalDate first = LocalDate.of(day.getYear(), (quarter - 1) * 3 + 1, 1);
                yield new ReportingPeriod(cadence, day.getYear() + "-Q" + quarter, first,
                        first.plusMonths(3).minusDays(1));
            }
            case NONE -> throw new IllegalArgumentException("A task without a reporting cadence owes no period.");
        };
    }
}
