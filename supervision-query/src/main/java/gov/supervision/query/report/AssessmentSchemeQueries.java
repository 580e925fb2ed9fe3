package gov.supervision.query.report;

import gov.supervision.core.api.assessment.AssessmentScheme;
import gov.supervision.core.api.assessment.AssessmentSchemeVersionedEvent;
import gov.supervision.core.api.assessment.AssessmentSchemesId;
import gov.supervision.query.api.report.AssessmentSchemeList;
import gov.supervision.query.api.report.AssessmentSchemesQuery;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The assessment schemes read from their register's own events, never from a projection that may lag: each version
 * is in force from the instant of its event, so the version that scores a year at its cut-off is fixed once the
 * cut-off has passed, whatever is recorded later. The folded register is kept until the event store holds a newer
 * event of it, so asking costs one indexed read of its last sequence number.
 */
@Component
class AssessmentSchemeQueries {

    private static final Comparator<AssessmentScheme> BY_ID_AND_VERSION =
            Comparator.comparing(AssessmentScheme::id).thenComparingInt(AssessmentScheme::version);

    private record Folded(long sequence, List<AssessmentScheme> versions) {
    }

    private final EventStore eventStore;
    private final AssessmentSettings settings;
    private final AtomicReference<Folded> current =
            new AtomicReference<>(new Folded(-1, List.of(AssessmentScheme.BUILT_IN)));

    AssessmentSchemeQueries(EventStore eventStore, AssessmentSettings settings) {
        this.eventStore = eventStore;
        this.settings = settings;
    }

    @QueryHandler
    AssessmentSchemeList handle(AssessmentSchemesQuery query) {
        return new AssessmentSchemeList(settings.scheme(), versions());
    }

    /**
     * The version of the scheme in use in force at {@code instant}: the latest recorded before it, else the built-in
     * default (a scheme whose first version is not yet recorded scores by it).
     */
    AssessmentScheme inForceAt(Instant instant) {
        return versions().stream()
                .filter(version -> version.id().equals(settings.scheme()) && version.effectiveFrom().isBefore(instant))
                .reduce((earlier, later) -> later)
                .orElse(AssessmentScheme.BUILT_IN);
    }

    private List<AssessmentScheme> versions() {
        long sequence = eventStore.lastSequenceNumberFor(AssessmentSchemesId.ID).orElse(-1L);
        Folded known = current.get();
        if (known.sequence() == sequence) {
            return known.versions();
        }
        Folded folded = fold();
        current.accumulateAndGet(folded, (a, b) -> a.sequence() >= b.sequence() ? a : b);
        return folded.versions();
    }

    private Folded fold() {
        List<AssessmentScheme> versions = new ArrayList<>(List.of(AssessmentScheme.BUILT_IN));
        long[] sequence = {-1};
        eventStore.readEvents(AssessmentSchemesId.ID, 0L).asStream().forEach(event -> {
            if (event.getPayload() instanceof AssessmentSchemeVersionedEvent recorded) {
                versions.add(new AssessmentScheme(recorded.schemeId(), recorded.version(), event.getTimestamp(),
                        recorded.weights(), recorded.categoryMultipliers(), recorded.note()));
            }
            sequence[0] = event.getSequenceNumber();
        });
        versions.sort(BY_ID_AND_VERSION);
        return new Folded(sequence[0], List.copyOf(versions));
    }
}
