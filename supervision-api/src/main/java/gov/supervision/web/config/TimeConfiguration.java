package gov.supervision.web.config;

import gov.supervision.core.rules.SupervisionRules;
import gov.supervision.core.time.OfficeCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.time.Clock;

/** One clock for the whole application, so tests and the simulated clock control time; and the rules of time. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @Profile("!simulated-clock")
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OfficeCalendar officeCalendar(Clock clock, SupervisionProperties properties) {
        return new OfficeCalendar(clock, properties.zone());
    }

    @Bean
    SupervisionRules supervisionRules(SupervisionProperties properties) {
        SupervisionProperties.Rules rules = properties.rules();
        return new SupervisionRules(rules.yellowBefore(), rules.escalateAfter(), rules.generalProblemDays(),
                rules.complexProblemDays());
    }
}
