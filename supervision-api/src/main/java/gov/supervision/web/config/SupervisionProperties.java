package gov.supervision.web.config;

import gov.supervision.core.rules.SupervisionRules;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.Period;

/**
 * The rules of time ({@code supervision.rules.*}). The assessment weights are bound by the read side, beside the
 * score they weigh.
 */
@ConfigurationProperties("supervision")
public record SupervisionProperties(Rules rules) {

    public SupervisionProperties {
        rules = rules == null ? new Rules(null, null, null, null) : rules;
    }

    /** The rules of time; defaults as DOMAIN.md states them. See {@code SupervisionRules}. */
    public record Rules(Period yellowBefore, Duration escalateAfter, Integer generalProblemDays,
                        Integer complexProblemDays) {
        public Rules {
            SupervisionRules defaults = SupervisionRules.DEFAULT;
            yellowBefore = yellowBefore == null ? defaults.yellowBefore() : yellowBefore;
            escalateAfter = escalateAfter == null ? defaults.escalateAfter() : escalateAfter;
            generalProblemDays = generalProblemDays == null ? defaults.generalProblemDays() : generalProblemDays;
            complexProblemDays = complexProblemDays == null ? defaults.complexProblemDays() : complexProblemDays;
        }
    }
}
