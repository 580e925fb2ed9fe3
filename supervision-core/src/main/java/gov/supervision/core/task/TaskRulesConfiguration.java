package gov.supervision.core.task;

import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.deadline.DeadlineManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.time.Duration;
import java.time.Period;

/**
 * The settings of the rules ({@code supervision.rules.*}), each given to the rule it parameterises, which names it
 * and owns its default, and the task's deadlines built once from them. Axon hands these beans to the task's
 * handlers as parameters. Periods and durations convert through the environment's conversion service, which
 * Spring Boot provides (ISO-8601, such as {@code P3D}).
 */
@Configuration(proxyBeanMethods = false)
class TaskRulesConfiguration {

    @Bean
    DueDateWarnings dueDateWarnings(Environment settings) {
        return new DueDateWarnings(settings.getProperty(DueDateWarnings.YELLOW_BEFORE_SETTING, Period.class,
                DueDateWarnings.DEFAULT_YELLOW_BEFORE));
    }

    @Bean
    EscalationLadder escalationLadder(Environment settings) {
        return new EscalationLadder(settings.getProperty(EscalationLadder.ESCALATE_AFTER_SETTING, Duration.class,
                EscalationLadder.DEFAULT_ESCALATE_AFTER));
    }

    @Bean
    ProblemDueDates problemDueDates(Environment settings) {
        return new ProblemDueDates(
                settings.getProperty(ProblemDueDates.GENERAL_DAYS_SETTING, Integer.class,
                        ProblemDueDates.DEFAULT_GENERAL_DAYS),
                settings.getProperty(ProblemDueDates.COMPLEX_DAYS_SETTING, Integer.class,
                        ProblemDueDates.DEFAULT_COMPLEX_DAYS));
    }

    @Bean
    ClaimLimit claimLimit(Environment settings) {
        return new ClaimLimit(
                settings.getProperty(ClaimLimit.CLAIM_WITHIN_SETTING, Integer.class, ClaimLimit.DEFAULT_CLAIM_WITHIN),
                settings.getProperty(ClaimLimit.CLAIM_RED_AFTER_SETTING, Integer.class,
                        ClaimLimit.DEFAULT_CLAIM_RED_AFTER));
    }

    @Bean
    TaskDeadlines taskDeadlines(DeadlineManager deadlineManager, OfficeCalendar calendar,
                                DueDateWarnings dueDateWarnings, EscalationLadder escalationLadder,
                                ClaimLimit claimLimit) {
        return new TaskDeadlines(deadlineManager, calendar, dueDateWarnings, escalationLadder, claimLimit);
    }
}
