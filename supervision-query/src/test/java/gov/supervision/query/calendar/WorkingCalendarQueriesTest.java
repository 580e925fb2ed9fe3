package gov.supervision.query.calendar;

import gov.supervision.core.api.calendar.CalendarId;
import gov.supervision.core.api.calendar.CalendarYearSetEvent;
import gov.supervision.core.time.WorkingCalendar;
import gov.supervision.query.api.calendar.WorkingCalendarQuery;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarQueriesTest {

    private static final LocalDate SPRING_FESTIVAL_2024 = LocalDate.parse("2024-02-12");
    private static final LocalDate MAKE_UP_SUNDAY_2024 = LocalDate.parse("2024-02-04");
    private static final LocalDate NEW_YEAR_2027 = LocalDate.parse("2027-01-01");
    private static final LocalDate MAKE_UP_SATURDAY_2027 = LocalDate.parse("2027-01-09");

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final WorkingCalendarQueries queries = new WorkingCalendarQueries(eventStore);
    private long sequence;

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    private void set(int year, List<LocalDate> holidays, List<LocalDate> workingWeekends, String source) {
        eventStore.publish(new GenericDomainEventMessage<>("Calendar", CalendarId.ID, sequence++,
                new CalendarYearSetEvent(CalendarId.ID, year, holidays, workingWeekends, source)));
    }

    private WorkingCalendar inForce() {
        return queries.handle(new WorkingCalendarQuery());
    }

    @Test
    void withoutAYearSetTheOfficialCalendarsAreInForce() {
        assertThat(inForce().year(2024).source()).startsWith("国务院办公厅关于2024年部分节假日安排的通知");
        assertThat(inForce().isWorkingDay(SPRING_FESTIVAL_2024)).isFalse();
        assertThat(inForce().isWorkingDay(MAKE_UP_SUNDAY_2024)).isTrue();
    }

    @Test
    void aYearTheCalendarDoesNotListCountsItsWeekdays() {
        WorkingCalendar calendar = inForce();

        assertThat(calendar.year(2031).holidays()).isEmpty();
        assertThat(calendar.year(2031).source()).isNull();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2031-01-01"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2031-01-04"))).isFalse();
    }

    @Test
    void aYearSetIsInForceAtOnceBesideTheOfficialOnes() {
        inForce();
        set(2027, List.of(NEW_YEAR_2027), List.of(MAKE_UP_SATURDAY_2027), "2027年通知");

        WorkingCalendar calendar = inForce();

        assertThat(calendar.isWorkingDay(NEW_YEAR_2027)).isFalse();
        assertThat(calendar.isWorkingDay(MAKE_UP_SATURDAY_2027)).isTrue();
        assertThat(calendar.year(2027).source()).isEqualTo("2027年通知");
        assertThat(calendar.isWorkingDay(SPRING_FESTIVAL_2024)).isFalse();
    }

    @Test
    void theYearsAreAppliedInTheOrderTheOfficeSetThem() {
        set(2027, List.of(NEW_YEAR_2027), List.of(), "第一版");
        set(2024, List.of(), List.of(), "2024年不放假");
        set(2027, List.of(), List.of(MAKE_UP_SATURDAY_2027), "更正版");

        WorkingCalendar calendar = inForce();

        assertThat(calendar.year(2027).source()).isEqualTo("更正版");
        assertThat(calendar.isWorkingDay(NEW_YEAR_2027)).isTrue();
        assertThat(calendar.isWorkingDay(MAKE_UP_SATURDAY_2027)).isTrue();
        assertThat(calendar.isWorkingDay(SPRING_FESTIVAL_2024)).isTrue();
        assertThat(calendar.isWorkingDay(MAKE_UP_SUNDAY_2024)).isFalse();
    }

    @Test
    void aLaterChangeReplacesTheYearAlreadyFolded() {
        set(2027, List.of(NEW_YEAR_2027), List.of(), "第一版");
        assertThat(inForce().isWorkingDay(NEW_YEAR_2027)).isFalse();

        set(2027, List.of(), List.of(), "更正版");

        assertThat(inForce().isWorkingDay(NEW_YEAR_2027)).isTrue();
        assertThat(inForce().year(2027).source()).isEqualTo("更正版");
    }

    @Test
    void theCalendarIsFoldedOnceUntilItChanges() {
        set(2027, List.of(NEW_YEAR_2027), List.of(), "第一版");

        assertThat(inForce()).isSameAs(inForce());
    }
}
