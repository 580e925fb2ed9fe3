package gov.supervision.core.assessment;

import gov.supervision.core.api.assessment.AssessmentScheme;
import gov.supervision.core.api.assessment.AssessmentSchemeVersionedEvent;
import gov.supervision.core.api.assessment.AssessmentWeights;
import gov.supervision.core.api.assessment.SetAssessmentSchemeCommand;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.TaskCategory;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The office's assessment schemes (考核办法) as it versioned them. A version takes effect at the instant it is
 * recorded and never before, so a year scored at its cut-off keeps the version in force then. A weight is a number
 * of points, never negative; a multiplier weighs a category's tasks and lies in (0, {@value #MAX_MULTIPLIER}].
 */
@Aggregate
class AssessmentSchemes {

    static final double MAX_MULTIPLIER = 10;
    private static final Pattern SCHEME_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private record Current(int version, AssessmentWeights weights, Map<TaskCategory, Double> multipliers) {
    }

    @AggregateIdentifier
    private String registerId;
    private final Map<String, Current> schemes = new HashMap<>();

    AssessmentSchemes() {
        // rebuilt from its events by Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetAssessmentSchemeCommand command) {
        if (command.schemeId() == null || !SCHEME_ID.matcher(command.schemeId()).matches()) {
            throw invalid("A scheme id is 1 to 40 lower-case letters, digits and hyphens, got " + command.schemeId()
                    + ".");
        }
        requireWeights(command.weights());
        command.categoryMultipliers().forEach((category, multiplier) -> {
            if (multiplier == null || !(multiplier > 0 && multiplier <= MAX_MULTIPLIER)) {
                throw invalid("The multiplier of " + category + " must lie above 0 and at most " + MAX_MULTIPLIER
                        + ", got " + multiplier + ".");
            }
        });
        Current current = schemes.get(command.schemeId());
        if (current == null && AssessmentScheme.DEFAULT_ID.equals(command.schemeId())) {
            AssessmentScheme builtIn = AssessmentScheme.BUILT_IN;
            current = new Current(0, builtIn.weights(), builtIn.categoryMultipliers());
        }
        if (current != null && current.weights().equals(command.weights())
                && current.multipliers().equals(command.categoryMultipliers())) {
            return;
        }
        int version = current == null ? 1 : current.version() + 1;
        apply(new AssessmentSchemeVersionedEvent(command.registerId(), command.schemeId(), version,
                command.weights(), command.categoryMultipliers(), command.note()));
    }

    private static void requireWeights(AssessmentWeights weights) {
        if (weights == null) {
            throw invalid("A scheme needs its weights.");
        }
        for (RecordComponent component : AssessmentWeights.class.getRecordComponents()) {
            double weight = weight(weights, component);
            if (!Double.isFinite(weight) || weight < 0) {
                throw invalid("The weight " + component.getName() + " must be a number of points, 0 or more, got "
                        + weight + ".");
            }
        }
    }

    private static double weight(AssessmentWeights weights, RecordComponent component) {
        try {
            return (double) component.getAccessor().invoke(weights);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the weight " + component.getName(), e);
        }
    }

    private static RuleViolationException invalid(String detail) {
        return new RuleViolationException(RuleViolation.ASSESSMENT_SCHEME_INVALID, detail);
    }

    @EventSourcingHandler
    void on(AssessmentSchemeVersionedEvent event) {
        registerId = event.registerId();
        schemes.put(event.schemeId(), new Current(event.version(), event.weights(),
                Objects.requireNonNullElse(event.categoryMultipliers(), Map.of())));
    }
}
