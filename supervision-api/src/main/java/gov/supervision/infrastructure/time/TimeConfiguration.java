package gov.supervision.infrastructure.time;

import gov.supervision.core.time.OfficeCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.time.Clock;
import java.time.ZoneId;

/**
 * One clock for the whole application, so tests and the simulated clock control time, and the office's zone
 * ({@code supervision.zone}): "today", "due in 7 days" and "overdue" are counted there.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @Profile("!simulated-clock")
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OfficeCalendar officeCalendar(Clock clock, @Value("${supervision.zone:Asia/Shanghai}") ZoneId zone) {
        return new OfficeCalendar(clock, zone);
    }
}
