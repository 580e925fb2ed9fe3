package gov.supervision.query.api.calendar;

/**
 * Asks for the office's working-day calendar in force now: the official calendars with every year the office set
 * applied in order. Answers a {@link gov.supervision.core.time.WorkingCalendar}.
 */
public record WorkingCalendarQuery() {
}
