package gov.supervision.query.calendar;

import gov.supervision.core.api.calendar.CalendarId;
import gov.supervision.core.api.calendar.CalendarYearSetEvent;
import gov.supervision.core.time.WorkingCalendar;
import gov.supervision.query.api.calendar.WorkingCalendarQuery;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The working-day calendar read from the calendar's own events, never from a projection that may lag: a deadline
 * computed on any node right after the office changed a year counts with the change. The folded calendar is kept
 * until the event store holds a newer event of it, so asking costs one indexed read of its last sequence number.
 */
@Component
class WorkingCalendarQueries {

    private record Folded(long version, WorkingCalendar calendar) {
    }

    private final EventStore eventStore;
    private final AtomicReference<Folded> current = new AtomicReference<>(new Folded(-1, WorkingCalendar.official()));

    WorkingCalendarQueries(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    WorkingCalendar handle(WorkingCalendarQuery query) {
        long version = eventStore.lastSequenceNumberFor(CalendarId.ID).orElse(-1L);
        Folded known = current.get();
        if (known.version() == version) {
            return known.calendar();
        }
        Folded folded = fold();
        current.accumulateAndGet(folded, (a, b) -> a.version() >= b.version() ? a : b);
        return folded.calendar();
    }

    private Folded fold() {
        WorkingCalendar[] calendar = {WorkingCalendar.official()};
        long[] version = {-1};
        eventStore.readEvents(CalendarId.ID, 0L).asStream().forEach(event -> {
            if (event.getPayload() instanceof CalendarYearSetEvent set) {
                calendar[0] = calendar[0].with(set.calendarYear());
            }
            version[0] = event.getSequenceNumber();
        });
        return new Folded(version[0], calendar[0]);
    }
}
