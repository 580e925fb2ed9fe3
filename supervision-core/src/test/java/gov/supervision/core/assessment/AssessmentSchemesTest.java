package gov.supervision.core.assessment;

import gov.supervision.core.api.assessment.AssessmentScheme;
import gov.supervision.core.api.assessment.AssessmentSchemeVersionedEvent;
import gov.supervision.core.api.assessment.AssessmentSchemesId;
import gov.supervision.core.api.assessment.AssessmentWeights;
import gov.supervision.core.api.assessment.SetAssessmentSchemeCommand;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.TaskCategory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentSchemesTest {

    private static final AssessmentWeights HEAVIER_RED = new AssessmentWeights(50, 30, 10, 10, 20, 10, 40, 20, 1, 5,
            2);
    private static final Map<TaskCategory, Double> RED_LINE_DOUBLE = Map.of(TaskCategory.RED_LINE, 2.0);

    private FixtureConfiguration<AssessmentSchemes> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AssessmentSchemes.class);
    }

    private static SetAssessmentSchemeCommand set(String schemeId, AssessmentWeights weights,
                                                  Map<TaskCategory, Double> multipliers) {
        return new SetAssessmentSchemeCommand(AssessmentSchemesId.ID, schemeId, weights, multipliers, "2024年考核办法");
    }

    private static AssessmentSchemeVersionedEvent version(String schemeId, int version, AssessmentWeights weights,
                                                          Map<TaskCategory, Double> multipliers) {
        return new AssessmentSchemeVersionedEvent(AssessmentSchemesId.ID, schemeId, version, weights, multipliers,
                "2024年考核办法");
    }

    @Test
    void theDefaultSchemesFirstRecordedVersionFollowsTheBuiltInOne() {
        fixture.givenNoPriorActivity()
                .when(set(AssessmentScheme.DEFAULT_ID, HEAVIER_RED, RED_LINE_DOUBLE))
                .expectEvents(version(AssessmentScheme.DEFAULT_ID, 1, HEAVIER_RED, RED_LINE_DOUBLE));
    }

    @Test
    void anotherSchemeCountsItsOwnVersionsFromOne() {
        fixture.given(version(AssessmentScheme.DEFAULT_ID, 1, HEAVIER_RED, RED_LINE_DOUBLE),
                        version("counties", 1, HEAVIER_RED, Map.of()))
                .when(set("counties", AssessmentWeights.DEFAULT, Map.of()))
                .expectEvents(version("counties", 2, AssessmentWeights.DEFAULT, Map.of()));
    }

    @Test
    void theWeightsAlreadyInForceRecordNothing() {
        fixture.givenNoPriorActivity()
                .when(set(AssessmentScheme.DEFAULT_ID, AssessmentWeights.DEFAULT, AssessmentScheme.DEFAULT_MULTIPLIERS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(version("counties", 1, HEAVIER_RED, RED_LINE_DOUBLE))
                .when(set("counties", HEAVIER_RED, RED_LINE_DOUBLE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aNegativeWeightIsRefusedNamingIt() {
        AssessmentWeights negative = new AssessmentWeights(50, 30, 10, 10, -20, 10, 20, 20, 1, 5, 2);
        fixture.givenNoPriorActivity()
                .when(set(AssessmentScheme.DEFAULT_ID, negative, Map.of()))
                .expectNoEvents()
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("overdue"));
    }

    @Test
    void aMultiplierOutsideItsRangeOrAMalformedIdIsRefused() {
        fixture.givenNoPriorActivity()
                .when(set(AssessmentScheme.DEFAULT_ID, HEAVIER_RED, Map.of(TaskCategory.RED_LINE, 0.0)))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
        fixture.givenNoPriorActivity()
                .when(set("年度 考核", HEAVIER_RED, Map.of()))
                .expectNoEvents()
                .expectException(RuleViolationException.class);
        assertThat(RuleViolation.ASSESSMENT_SCHEME_INVALID.kind()).isEqualTo(RuleViolation.Kind.INVALID);
    }

    @Test
    void aCategoryNotNamedWeighsOne() {
        assertThat(AssessmentScheme.BUILT_IN.multiplier(TaskCategory.RED_LINE)).isEqualTo(1.5);
        assertThat(AssessmentScheme.BUILT_IN.multiplier(TaskCategory.PROBLEM)).isEqualTo(1.0);
    }
}
