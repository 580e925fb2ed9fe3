package gov.supervision.core.api.calendar;

/**
 * The office keeps one working-day calendar: a single aggregate, so that every change of a year's lists is one link
 * of one hash chain.
 */
public final class CalendarId {

    public static final String ID = "office-calendar";

    private CalendarId() {
    }
}
