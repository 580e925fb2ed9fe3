package gov.supervision.web.config;

import gov.supervision.core.rules.SupervisionRules;
import gov.supervision.query.api.report.AssessmentWeights;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;

/**
 * The product's own settings ({@code supervision.*}). {@code zone} is the office's time zone: "today",
 * "due in 7 days" and "overdue" are counted there.
 */
@ConfigurationProperties("supervision")
public record SupervisionProperties(Path dataDir, ZoneId zone, Security security, Web web, Rules rules,
                                    Assessment assessment) {

    public SupervisionProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        security = security == null ? new Security(null, false, null) : security;
        web = web == null ? new Web(null) : web;
        rules = rules == null ? new Rules(null, null, null, null) : rules;
        assessment = assessment == null ? new Assessment(null) : assessment;
    }

    /**
     * {@code jwtSecret} verifies HS256 tokens; {@code devTokens} serves the token endpoint of the
     * embedded default (never with the production profile).
     */
    public record Security(String jwtSecret, boolean devTokens, Duration devTokenLifetime) {
        public Security {
            devTokenLifetime = devTokenLifetime == null ? Duration.ofHours(12) : devTokenLifetime;
        }
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

    public record Web(DataSize maxBodySize) {
        public Web {
            maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(64) : maxBodySize;
        }
    }
}
