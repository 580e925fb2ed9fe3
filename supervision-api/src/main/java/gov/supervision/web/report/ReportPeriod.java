package gov.supervision.web.report;

import gov.supervision.web.error.InvalidRequestException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A briefing period as the office names it: an ISO week {@code 2023-W05} (Monday to Sunday), a month
 * {@code 2023-01}, a quarter {@code 2023-Q1} or a year {@code 2023}; both ends are included.
 */
record ReportPeriod(String name, LocalDate from, LocalDate to) {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    static ReportPeriod parse(String period) {
        try {
            Matcher matcher;
            if ((matcher = WEEK.matcher(period)).matches()) {
                int year = Integer.parseInt(matcher.group(1));
                int week = Integer.parseInt(matcher.group(2));
                LocalDate monday = LocalDate.of(year, 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                if (week < 1 || week > monday.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    throw invalid();
                }
                return new ReportPeriod(period, monday, monday.plusDays(6));
            }
            if ((matcher = QUARTER.matcher(period)).matches()) {
                int quarter = Integer.parseInt(matcher.group(2));
                YearMonth first = YearMonth.of(Integer.parseInt(matcher.group(1)), quarter * 3 - 2);
                return new ReportPeriod(period, first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            if ((matcher = MONTH.matcher(period)).matches()) {
                YearMonth month = YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
                return new ReportPeriod(period, month.atDay(1), month.atEndOfMonth());
            }
            if (YEAR.matcher(period).matches()) {
                Year year = Year.of(Integer.parseInt(period));
                return new ReportPeriod(period, year.atDay(1), year.atMonth(12).atEndOfMonth());
            }
        } catch (DateTimeException e) {
            throw invalid();
        }
        throw invalid();
    }

    private static InvalidRequestException invalid() {
        return new InvalidRequestException("period", "must be a week like 2023-W05, a month like 2023-01, "
                + "a quarter like 2023-Q1 or a year like 2023");
    }
}
