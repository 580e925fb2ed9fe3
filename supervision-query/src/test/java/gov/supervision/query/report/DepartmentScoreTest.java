package gov.supervision.query.report;

import gov.supervision.query.api.report.AssessmentWeights;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The score of {@link AssessmentWeights} on figures given directly, without a database. */
class DepartmentScoreTest {

    private static DepartmentYear figures(long assigned, long closedOnTime, long overdue, long commendations) {
        return new DepartmentYear("市住房城乡建设局", assigned, closedOnTime, closedOnTime, overdue, 0, 0, 0, 0,
                commendations, 0, commendations);
    }

    @Test
    void scoreIsRoundedHalfUpToOneDecimal() {
        AssessmentWeights weights = new AssessmentWeights(60, 0, 0, 0, 0, 0, 0, 0, 0);

        // 60 × 2/7 = 17.142…, 60 × 5/8 = 37.5, 60 × 1/16 = 3.75
        assertThat(figures(7, 2, 0, 0).score(weights)).isEqualTo(17.1);
        assertThat(figures(16, 1, 0, 0).score(weights)).isEqualTo(3.8);
        assertThat(figures(8, 5, 0, 0).score(weights)).isEqualTo(37.5);
    }

    @Test
    void scoreNeverFallsBelowZeroNorRisesAboveOneHundred() {
        assertThat(figures(10, 0, 10, 0).score(AssessmentWeights.DEFAULT)).isZero();
        assertThat(figures(1, 1, 0, 10).score(AssessmentWeights.DEFAULT)).isEqualTo(100.0);
    }

    @Test
    void nothingAssignedCountsAsEverythingOnTime() {
        assertThat(figures(0, 0, 0, 0).score(AssessmentWeights.DEFAULT)).isEqualTo(100.0);
        assertThat(figures(0, 0, 1, 0).score(AssessmentWeights.DEFAULT)).isEqualTo(95.0);
    }
}
