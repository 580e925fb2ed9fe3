package gov.supervision.web.calendar;

import gov.supervision.core.api.calendar.CalendarId;
import gov.supervision.core.api.calendar.CalendarYear;
import gov.supervision.core.api.calendar.SetCalendarYearCommand;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.time.WorkingCalendar;
import gov.supervision.query.api.calendar.WorkingCalendarQuery;
import gov.supervision.web.command.CommandDispatcher;
import gov.supervision.web.error.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The office's working-day calendar (工作日历), one year at a time: the official calendars the project ships, as the
 * office changed them. A year the calendar does not list counts its weekdays and has no source. Setting a year is a
 * rule change for deadlines computed from then on; the dates at fault are named by field before the command is
 * sent, where the calendar itself would refuse them without saying which.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarController {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final CommandDispatcher commands;
    private final QueryGateway queries;

    CalendarController(CommandDispatcher commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record CalendarRequest(
            @Size(max = 366) List<@NotNull LocalDate> holidays,
            @Size(max = 366) List<@NotNull LocalDate> workingWeekends,
            @Size(max = 500) String source) {
    }

    record CalendarAnswer(int year, List<LocalDate> holidays, List<LocalDate> workingWeekends, String source) {

        static CalendarAnswer of(CalendarYear year) {
            return new CalendarAnswer(year.year(), List.copyOf(year.holidays()), List.copyOf(year.workingWeekends()),
                    year.source());
        }
    }

    @Operation(summary = "A year of the working-day calendar in force: holidays, make-up working weekend days (调休) "
            + "and the notice they come from (source null for a year the calendar does not list: weekdays work)")
    @GetMapping("/{year}")
    CalendarAnswer year(@PathVariable int year) {
        checkYear(year);
        return CalendarAnswer.of(inForce().year(year));
    }

    @Operation(summary = "Replace a year's lists (a rule change: deadlines computed from now on count with them, "
            + "history is not rewritten); dates of another year, in both lists, or a working weekend day that is no "
            + "Saturday or Sunday are 400 CALENDAR_YEAR_INVALID naming the field")
    @PutMapping(path = "/{year}", consumes = "application/json")
    CalendarAnswer setYear(@PathVariable int year, @Valid @RequestBody CalendarRequest request) {
        checkYear(year);
        List<LocalDate> holidays = request.holidays() == null ? List.of() : request.holidays();
        List<LocalDate> workingWeekends = request.workingWeekends() == null ? List.of() : request.workingWeekends();
        check(year, holidays, workingWeekends);
        String source = request.source() == null || request.source().isEmpty() ? null : request.source();
        commands.send(new SetCalendarYearCommand(CalendarId.ID, year, new LinkedHashSet<>(holidays),
                new LinkedHashSet<>(workingWeekends), source));
        return CalendarAnswer.of(inForce().year(year));
    }

    // Checked here rather than by constraints on the path variable: those would make Spring validate the body as a
    // method parameter too, and name its fields after the parameter ("request") instead of by their place.
    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidRequestException("year", "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }

    private static void check(int year, List<LocalDate> holidays, List<LocalDate> workingWeekends) {
        for (int i = 0; i < holidays.size(); i++) {
            if (holidays.get(i).getYear() != year) {
                throw invalid("holidays[" + i + "]", holidays.get(i) + " is not a day of " + year + ".");
            }
        }
        Set<LocalDate> off = new HashSet<>(holidays);
        for (int i = 0; i < workingWeekends.size(); i++) {
            LocalDate day = workingWeekends.get(i);
            String field = "workingWeekends[" + i + "]";
            if (day.getYear() != year) {
                throw invalid(field, day + " is not a day of " + year + ".");
            }
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw invalid(field, day + " is no Saturday or Sunday: only a weekend day is worked in exchange.");
            }
            if (off.contains(day)) {
                throw invalid(field, day + " is listed as a holiday too.");
            }
        }
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(RuleViolation.CALENDAR_YEAR_INVALID.name(), field, message);
    }

    private WorkingCalendar inForce() {
        return queries.query(new WorkingCalendarQuery(), WorkingCalendar.class).join();
    }
}
