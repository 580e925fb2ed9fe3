package gov.supervision.query.report;

import gov.supervision.query.api.report.AssessmentWeights;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.overdue;
import static org.assertj.core.api.Assertions.assertThat;

/** The score of {@link DepartmentScore} on figures given directly, without a database, and its settings. */
class DepartmentScoreTest {

    private static final DepartmentScore BY_DEFAULT = new DepartmentScore(null);

    private static DepartmentYear figures(long assigned, long closedOnTime, long overdue, long commendations) {
        return new DepartmentYear(HOUSING, assigned, closedOnTime, closedOnTime, overdue, 0, 0, 0, 0,
                commendations, 0, commendations, 0, 0, 0);
    }

    @Test
    void scoreIsRoundedHalfUpToOneDecimal() {
        DepartmentScore onTimeOnly = new DepartmentScore(new AssessmentWeights(60, 0, 0, 0, 0, 0, 0, 0, 0));

        // 60 × 2/7 = 17.142…, 60 × 5/8 = 37.5, 60 × 1/16 = 3.75
        assertThat(onTimeOnly.score(figures(7, 2, 0, 0))).isEqualTo(17.1);
        assertThat(onTimeOnly.score(figures(16, 1, 0, 0))).isEqualTo(3.8);
        assertThat(onTimeOnly.score(figures(8, 5, 0, 0))).isEqualTo(37.5);
    }

    @Test
    void scoreNeverFallsBelowZeroNorRisesAboveOneHundred() {
        assertThat(BY_DEFAULT.score(figures(10, 0, 10, 0))).isZero();
        assertThat(BY_DEFAULT.score(figures(1, 1, 0, 10))).isEqualTo(100.0);
    }

    @Test
    void nothingAssignedCountsAsEverythingOnTime() {
        assertThat(BY_DEFAULT.score(figures(0, 0, 0, 0))).isEqualTo(100.0);
        assertThat(BY_DEFAULT.score(figures(0, 0, 1, 0))).isEqualTo(95.0);
    }

    @Test
    void weightsAreTheDefaultsUnlessSet() {
        assertThat(BY_DEFAULT.weights()).isEqualTo(AssessmentWeights.DEFAULT)
                .isEqualTo(new AssessmentWeights(60, 40, 5, 1, 3, 5, 2, 5, 2));
    }

    // The application finds its settings by @ConfigurationPropertiesScan; the score is package-private.
    @Test
    void weightsAreFoundByTheApplicationsScanAndBoundFromTheirSettings() {
        ApplicationContextRunner application = new ApplicationContextRunner()
                .withUserConfiguration(ScannedAsTheApplicationScans.class);

        application.withPropertyValues("supervision.assessment.weights.overdue=10")
                .run(context -> assertThat(context.getBean(DepartmentScore.class).weights().overdue()).isEqualTo(10));
        application.run(context -> assertThat(context.getBean(DepartmentScore.class).weights())
                .isEqualTo(AssessmentWeights.DEFAULT));
    }

    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan("gov.supervision.query.report")
    static class ScannedAsTheApplicationScans {
    }
}
