package gov.supervision.web.config;

import gov.supervision.core.rules.SupervisionRules;
import gov.supervision.query.api.report.AssessmentWeights;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.Period;

/**
 * The rules of time and the assessment weights ({@code supervision.rules.*}, {@code supervision.assessment.*}).
 */
@ConfigurationProperties("supervision")
public record SupervisionProperties(Rules rules, Assessment assessment) {

    public SupervisionProperties {
        rules = rules == null ? new Rules(null, null, null, null) : rules;
        assessment = assessment == null ? new Assessment(null) : assessment;
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

    /** The weights of the department score ({@code supervision.assessment.weights.*}, docs/read-model.md). */
    public record Assessment(AssessmentWeights weights) {
        public Assessment {
            weights = weights == null ? AssessmentWeights.DEFAULT : weights;
        }
    }
}
