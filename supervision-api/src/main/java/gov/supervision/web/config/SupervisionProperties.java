package gov.supervision.web.config;

import gov.supervision.query.api.report.AssessmentWeights;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The assessment weights ({@code supervision.assessment.*}). */
@ConfigurationProperties("supervision")
public record SupervisionProperties(Assessment assessment) {

    public SupervisionProperties {
        assessment = assessment == null ? new Assessment(null) : assessment;
    }

    /** The weights of the department score ({@code supervision.assessment.weights.*}, docs/read-model.md). */
    public record Assessment(AssessmentWeights weights) {
        public Assessment {
            weights = weights == null ? AssessmentWeights.DEFAULT : weights;
        }
    }
}
