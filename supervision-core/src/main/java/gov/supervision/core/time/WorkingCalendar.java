package gov.supervision.core.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.core.api.calendar.CalendarYear;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The office's working-day calendar: weekends and official holidays are not working days, make-up working days
 * (调休) are. A year the calendar does not list counts its weekdays as working days. Immutable: a changed year makes
 * a new calendar, so a deadline computed under one calendar keeps its date when the office changes the next.
 */
public final class WorkingCalendar {

    private static final String OFFICIAL = "official-calendars.json";
    private static final WorkingCalendar OFFICIAL_CALENDAR = load();
    /** No year has this many days off in a row; a search for a working day that runs longer has a broken calendar. */
    private static final int LONGEST_BREAK = 60;

    private final Map<Integer, CalendarYear> years;

    private WorkingCalendar(Map<Integer, CalendarYear> years) {
        this.years = Collections.unmodifiableMap(new TreeMap<>(years));
    }

    /** The official calendars the project ships (the State Council's notices, 2023 through 2026). */
    public static WorkingCalendar official() {
        return OFFICIAL_CALENDAR;
    }

    /** This calendar with one year's lists replaced. */
    public WorkingCalendar with(CalendarYear year) {
        Map<Integer, CalendarYear> changed = new TreeMap<>(years);
        changed.put(year.year(), year);
        return new WorkingCalendar(changed);
    }

    /** A year's lists; a year not listed has none, and its source says so. */
    public CalendarYear year(int year) {
        return Optional.ofNullable(years.get(year))
                .orElseGet(() -> CalendarYear.of(year, List.of(), List.of(), null));
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarYear year = years.get(day.getYear());
        if (year != null && year.workingWeekends().contains(day)) {
            return true;
        }
        if (year != null && year.holidays().contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day itself if it is a working day, else the next working day: where a due date on a day off moves. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate candidate = day;
        for (int i = 0; i <= LONGEST_BREAK; i++, candidate = candidate.plusDays(1)) {
            if (isWorkingDay(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No working day within " + LONGEST_BREAK + " days after " + day + ".");
    }

    /** The {@code count}-th working day after {@code day}, which itself does not count ("within 3 working days"). */
    public LocalDate workingDaysAfter(LocalDate day, int count) {
        LocalDate candidate = day;
        for (int found = 0; found < count; ) {
            candidate = onOrAfter(candidate.plusDays(1));
            found++;
        }
        return candidate;
    }

    /** The last working day from {@code first} through {@code last}, if any. */
    public Optional<LocalDate> lastWorkingDay(LocalDate first, LocalDate last) {
        for (LocalDate day = last; !day.isBefore(first); day = day.minusDays(1)) {
            if (isWorkingDay(day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private static WorkingCalendar load() {
        try (InputStream in = WorkingCalendar.class.getResourceAsStream(OFFICIAL)) {
            if (in == null) {
                throw new IllegalStateException("The official calendars " + OFFICIAL + " are missing.");
            }
            Map<Integer, CalendarYear> years = new TreeMap<>();
            for (JsonNode year : new ObjectMapper().readTree(in).path("years")) {
                years.put(year.path("year").asInt(), CalendarYear.of(year.path("year").asInt(),
                        dates(year.path("holidays")), dates(year.path("workingWeekends")),
                        year.path("source").asText()));
            }
            return new WorkingCalendar(years);
        } catch (IOException e) {
            throw new UncheckedIOException("The official calendars " + OFFICIAL + " cannot be read.", e);
        }
    }

    private static List<LocalDate> dates(JsonNode array) {
        List<LocalDate> dates = new ArrayList<>();
        array.forEach(date -> dates.add(LocalDate.parse(date.asText())));
        return dates;
    }
}
