package gov.supervision.infrastructure.time;

import gov.supervision.core.time.OfficeCalendar;
import gov.supervision.core.time.WorkingCalendar;
import gov.supervision.query.api.calendar.WorkingCalendarQuery;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.time.Clock;
import java.time.ZoneId;

/**
 * One clock for the whole application, so tests and the simulated clock control time, and the office's zone
 * ({@code supervision.zone}): "today", "due in 7 days" and "overdue" are counted there. The working-day calendar is
 * asked for each time a deadline is computed, read from the calendar's own events so that every node counts with a
 * change as soon as it is stored; the query gateway is looked up on first use, since the aggregates that take the
 * office calendar are configured before Axon's buses exist.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @Profile("!simulated-clock")
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OfficeCalendar officeCalendar(Clock clock, @Value("${supervision.zone:Asia/Shanghai}") ZoneId zone,
                                  ObjectProvider<QueryGateway> queries) {
        return new OfficeCalendar(clock, zone,
                () -> queries.getObject().query(new WorkingCalendarQuery(), WorkingCalendar.class).join());
    }
}
