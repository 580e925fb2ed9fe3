package gov.supervision.core.calendar;

import gov.supervision.core.api.calendar.CalendarId;
import gov.supervision.core.api.calendar.CalendarYearSetEvent;
import gov.supervision.core.api.calendar.SetCalendarYearCommand;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;


class CalendarTest {

    private static final String NOTICE = "国务院办公厅关于2027年部分节假日安排的通知";
    private static final LocalDate NEW_YEAR = LocalDate.parse("2027-01-01");
    private static final LocalDate SPRING_FESTIVAL = LocalDate.parse("2027-02-06");
    private static final LocalDate MAKE_UP_SUNDAY = LocalDate.parse("2027-02-14");
    private static final CalendarYearSetEvent YEAR_2027 = new CalendarYearSetEvent(CalendarId.ID, 2027,
            List.of(NEW_YEAR, SPRING_FESTIVAL), List.of(MAKE_UP_SUNDAY), NOTICE);

    private FixtureConfiguration<Calendar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Calendar.class);
    }

    private static SetCalendarYearCommand set(int year, Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
        return new SetCalendarYearCommand(CalendarId.ID, year, holidays, workingWeekends, NOTICE);
    }

    @Test
    void theFirstYearSetOpensTheCalendarWithItsDatesInOrder() {
        fixture.givenNoPriorActivity()
                .when(set(2027, Set.of(SPRING_FESTIVAL, NEW_YEAR), Set.of(MAKE_UP_SUNDAY)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(YEAR_2027);
    }

    @Test
    void settingAYearAgainReplacesItsLists() {
        fixture.given(YEAR_2027)
                .when(new SetCalendarYearCommand(CalendarId.ID, 2027, Set.of(NEW_YEAR), Set.of(), "更正"))
                .expectEvents(new CalendarYearSetEvent(CalendarId.ID, 2027, List.of(NEW_YEAR), List.of(), "更正"));
    }

    @Test
    void settingAYearToTheListsItHasRecordsNothing() {
        fixture.given(YEAR_2027)
                .when(set(2027, Set.of(NEW_YEAR, SPRING_FESTIVAL), Set.of(MAKE_UP_SUNDAY)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aYearOutsideTwoThousandToTwentyOneHundredIsRefused() {
        fixture.givenNoPriorActivity()
                .when(set(1999, Set.of(), Set.of()))
                .expectNoEvents()
                .expectException(invalidYear())
                .expectExceptionMessage("The year 1999 is outside 2000 to 2100.");
        fixture.givenNoPriorActivity()
                .when(set(2101, Set.of(), Set.of()))
                .expectNoEvents()
                .expectException(invalidYear());
    }

    @Test
    void aDateOfAnotherYearIsRefused() {
        fixture.givenNoPriorActivity()
                .when(set(2027, Set.of(NEW_YEAR, LocalDate.parse("2026-12-31")), Set.of()))
                .expectNoEvents()
                .expectException(invalidYear())
                .expectExceptionMessage(
                        "The holidays listed for 2027 include dates of another year: [2026-12-31].");
        fixture.givenNoPriorActivity()
                .when(set(2027, Set.of(), Set.of(LocalDate.parse("2028-01-01"))))
                .expectNoEvents()
                .expectException(invalidYear())
                .expectExceptionMessage(
                        "The working weekend days listed for 2027 include dates of another year: [2028-01-01].");
    }

    @Test
    void aDateInBothListsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(set(2027, Set.of(MAKE_UP_SUNDAY), Set.of(MAKE_UP_SUNDAY)))
                .expectNoEvents()
                .expectException(invalidYear())
                .expectExceptionMessage("The dates [2027-02-14] are both holidays and working weekend days.");
    }

    @Test
    void aWorkingWeekendDayMustBeASaturdayOrASunday() {
        fixture.givenNoPriorActivity()
                .when(set(2027, Set.of(), Set.of(LocalDate.parse("2027-02-15"), MAKE_UP_SUNDAY)))
                .expectNoEvents()
                .expectException(invalidYear())
                .expectExceptionMessage("The working weekend days [2027-02-15] are not a Saturday or a Sunday.");
    }

    private static Matcher<RuleViolationException> invalidYear() {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException exception) {
                return exception.violation() == RuleViolation.CALENDAR_YEAR_INVALID;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation with code CALENDAR_YEAR_INVALID");
            }
        };
    }
}
