package gov.supervision.web.config;

import gov.supervision.core.time.OfficeCalendar;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** One clock for the whole application, so tests and the simulated clock control time. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OfficeCalendar officeCalendar(Clock clock, SupervisionProperties properties) {
        return new OfficeCalendar(clock, properties.zone());
    }
}
