package gov.supervision.query.report;

import gov.supervision.core.api.assessment.AssessmentScheme;
import gov.supervision.core.api.assessment.AssessmentWeights;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.query.api.report.DepartmentAssessment;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static gov.supervision.query.QueryFixtures.HOUSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The score of {@link DepartmentScore} on figures given directly, without a database, and the assessment settings. */
class DepartmentScoreTest {

    private static final AssessmentScheme DEFAULT = AssessmentScheme.BUILT_IN;

    private static AssessmentScheme onTimeOnly() {
        return new AssessmentScheme("on-time", 1, Instant.EPOCH,
                new AssessmentWeights(60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), Map.of(), null);
    }

    private static DepartmentYear tasks(long assigned, long closedOnTime) {
        DepartmentYear year = new DepartmentYear(HOUSING);
        year.addTasks(1, assigned, closedOnTime, closedOnTime, 0);
        return year;
    }

    @Test
    void scoreIsRoundedHalfUpToTwoDecimalsAndRatesToFour() {
        // 60 × 2/7 = 17.1428…, 60 × 1/16 = 3.75, 60 × 1/3 = 20
        DepartmentAssessment twoOfSeven = DepartmentScore.of(tasks(7, 2), onTimeOnly());
        assertThat(twoOfSeven.score()).isEqualTo(17.14);
        assertThat(twoOfSeven.onTimeRate()).isEqualTo(0.2857);
        assertThat(DepartmentScore.of(tasks(16, 1), onTimeOnly()).score()).isEqualTo(3.75);
        assertThat(DepartmentScore.of(tasks(3, 1), onTimeOnly()).score()).isEqualTo(20.0);
    }

    @Test
    void aDiligentDepartmentScoresAHundredByTheDefaultScheme() {
        DepartmentYear diligent = tasks(4, 4);
        diligent.addFacts(1, FactKind.REPORT_PERIOD, null, 40, 0);
        diligent.addFacts(1, FactKind.CO_TASK, null, 2, 2);

        DepartmentAssessment assessed = DepartmentScore.of(diligent, DEFAULT);

        // 50 × 1 + 30 × 1 + 10 × 1 + 10
        assertThat(assessed.score()).isEqualTo(100.0);
        assertThat(assessed.reportTimeliness()).isEqualTo(1.0);
        assertThat(assessed.coOperationRate()).isEqualTo(1.0);
        assertThat(assessed.scheme().id()).isEqualTo("default");
        assertThat(assessed.scheme().version()).isZero();
    }

    @Test
    void failuresWeighPerTaskSoAHeavierWorkloadIsNotPunishedForItsSize() {
        DepartmentYear small = tasks(2, 1);
        small.addFacts(1, FactKind.WARNING_RED, "OVERDUE", 1, 0);
        DepartmentYear large = tasks(20, 10);
        large.addFacts(1, FactKind.WARNING_RED, "OVERDUE", 10, 0);

        assertThat(DepartmentScore.of(small, DEFAULT).score()).isEqualTo(DepartmentScore.of(large, DEFAULT).score())
                // 50 × 0.5 + 30 + 10 + 10 − 20 × 0.5 red per task
                .isEqualTo(65.0);
    }

    @Test
    void aWarningForAMissedReportWeighsInTimelinessNotTwiceAsAWarning() {
        DepartmentYear silent = tasks(1, 1);
        silent.addFacts(1, FactKind.WARNING_YELLOW, "REPORT_MISSED", 1, 0);
        silent.addFacts(1, FactKind.REPORT_MISSED, "REPORT_MISSED", 1, 0);
        silent.addFacts(1, FactKind.REPORT_PERIOD, null, 3, 0);

        DepartmentAssessment assessed = DepartmentScore.of(silent, DEFAULT);

        assertThat(assessed.yellowWarnings()).isEqualTo(1);
        assertThat(assessed.yellowPerTask()).isZero();
        assertThat(assessed.periodsDue()).isEqualTo(4);
        assertThat(assessed.reportTimeliness()).isEqualTo(0.75);
        // 50 + 30 × 0.75 + 10 + 10
        assertThat(assessed.score()).isEqualTo(92.5);
    }

    @Test
    void aTaskOfAWeightierCategoryWeighsItsMultiplierInEveryRate() {
        DepartmentYear year = new DepartmentYear(HOUSING);
        year.addTasks(DEFAULT.multiplier(TaskCategory.RED_LINE), 1, 0, 0, 1);
        year.addTasks(DEFAULT.multiplier(TaskCategory.MAJOR_PRIORITY), 1, 1, 1, 0);

        DepartmentAssessment assessed = DepartmentScore.of(year, DEFAULT);

        assertThat(assessed.weightedTasks()).isEqualTo(2.5);
        assertThat(assessed.onTimeRate()).isEqualTo(0.4);
        assertThat(assessed.overdueRate()).isEqualTo(0.6);
        // 50 × 0.4 + 30 + 10 + 10 − 20 × 0.6
        assertThat(assessed.score()).isEqualTo(58.0);
    }

    // The worked example of docs/read-model.md, figure by figure.
    @Test
    void theWorkedExampleOfTheDocumentation() {
        DepartmentYear year = new DepartmentYear(HOUSING);
        year.addTasks(DEFAULT.multiplier(TaskCategory.RED_LINE), 1, 0, 0, 1);
        year.addTasks(DEFAULT.multiplier(TaskCategory.MAJOR_PRIORITY), 1, 1, 1, 0);
        year.addFacts(1.5, FactKind.WARNING_RED, "OVERDUE", 1, 0);
        year.addFacts(1.5, FactKind.ESCALATION, null, 1, 0);
        year.addFacts(1, FactKind.WARNING_YELLOW, "REPORT_MISSED", 1, 0);
        year.addFacts(1, FactKind.REPORT_MISSED, "REPORT_MISSED", 1, 0);
        year.addFacts(1, FactKind.REPORT_PERIOD, null, 9, 0);
        year.addFacts(1, FactKind.CO_TASK, null, 2, 1);
        year.addFacts(1, FactKind.ACCOUNTABILITY_COMMENDATION, null, 1, 0);

        DepartmentAssessment assessed = DepartmentScore.of(year, DEFAULT);

        assertThat(List.of(assessed.weightedTasks(), assessed.onTimeRate(), assessed.overdueRate(),
                assessed.yellowPerTask(), assessed.redPerTask(), assessed.escalationsPerTask(),
                assessed.reportTimeliness(), assessed.coOperationRate()))
                .containsExactly(2.5, 0.4, 0.6, 0.0, 0.6, 0.6, 0.9, 0.5);
        assertThat(assessed.score()).isEqualTo(28.0);
    }

    @Test
    void theScoreIsNotClampedSoDepartmentsPastEitherEndStillDiffer() {
        DepartmentYear bad = tasks(1, 0);
        bad.addFacts(1, FactKind.WARNING_RED, "OVERDUE", 3, 0);
        DepartmentYear worse = tasks(1, 0);
        worse.addFacts(1, FactKind.WARNING_RED, "OVERDUE", 4, 0);

        assertThat(DepartmentScore.of(bad, DEFAULT).score()).isEqualTo(-10.0);
        assertThat(DepartmentScore.of(worse, DEFAULT).score()).isEqualTo(-30.0);
    }

    @Test
    void nothingAssignedLeavesTheRatesUnknownAndTheScoreUntouchedByThem() {
        DepartmentAssessment idle = DepartmentScore.of(new DepartmentYear(HOUSING), DEFAULT);

        assertThat(idle.onTimeRate()).isNull();
        assertThat(idle.reportTimeliness()).isNull();
        assertThat(idle.warningsPerTask()).isNull();
        assertThat(idle.score()).isEqualTo(100.0);
    }

    @Test
    void theCutOffIsTheEndOfItsDayInTheOfficeZone() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");

        assertThat(AssessmentSettings.DEFAULT.cutOff(2023, shanghai)).isEqualTo(Instant.parse("2023-12-31T16:00:00Z"));
        assertThat(new AssessmentSettings(null, "--01-15").cutOff(2023, shanghai))
                .isEqualTo(Instant.parse("2023-01-15T16:00:00Z"));
        assertThat(new AssessmentSettings(null, "+01-15").cutOff(2023, shanghai))
                .as("a day of the following year").isEqualTo(Instant.parse("2024-01-15T16:00:00Z"));
        assertThat(new AssessmentSettings(null, "02-29").cutOff(2023, shanghai))
                .as("the last day of February in a year without the 29th")
                .isEqualTo(Instant.parse("2023-02-28T16:00:00Z"));
        assertThatThrownBy(() -> new AssessmentSettings(null, "12-32"))
                .hasMessageContaining("supervision.assessment.cut-off");
        assertThatThrownBy(() -> new AssessmentSettings(null, "+end")).hasMessageContaining("+01-15");
    }

    // The application finds its settings by @ConfigurationPropertiesScan; the settings are package-private.
    @Test
    void settingsAreFoundByTheApplicationsScanAndBound() {
        ApplicationContextRunner application = new ApplicationContextRunner()
                .withUserConfiguration(ScannedAsTheApplicationScans.class);

        application.withPropertyValues("supervision.assessment.scheme=county-2024",
                        "supervision.assessment.cut-off=01-15")
                .run(context -> assertThat(context.getBean(AssessmentSettings.class))
                        .isEqualTo(new AssessmentSettings("county-2024", "01-15")));
        application.run(context -> assertThat(context.getBean(AssessmentSettings.class))
                .isEqualTo(new AssessmentSettings("default", "12-31")));
    }

    @Configuration
    @ConfigurationPropertiesScan("gov.supervision.query.report")
    static class ScannedAsTheApplicationScans {
    }
}
