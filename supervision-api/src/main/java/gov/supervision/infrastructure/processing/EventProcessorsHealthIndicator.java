package gov.supervision.infrastructure.processing;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Health component {@code eventProcessors}: DOWN when a tracking processor (a projection) is stopped or one of
 * the segments this node holds is failing and being retried. Segments held by other nodes are theirs to report.
 * An event parked in the dead-letter queue does not make it DOWN: the projection goes on without it.
 */
@Component
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private static final int MAX_ERROR = 500;

    private final EventProcessingConfiguration processing;

    EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        super("Event processors could not be inspected");
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        boolean up = true;
        for (EventProcessor each : new TreeMap<>(processing.eventProcessors()).values()) {
            if (!(each instanceof StreamingEventProcessor processor)) {
                continue;
            }
            List<Map<String, Object>> segments = new ArrayList<>();
            boolean failing = processor.isError();
            long position = Long.MAX_VALUE;
            for (EventTrackerStatus status : new TreeMap<>(processor.processingStatus()).values()) {
                failing |= status.isErrorState();
                OptionalLong current = status.getCurrentPosition();
                position = Math.min(position, current.orElse(0L));
                segments.add(segment(status));
            }
            up &= processor.isRunning() && !failing;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("running", processor.isRunning());
            details.put("error", failing);
            details.put("position", segments.isEmpty() ? null : position);
            details.put("segments", segments);
            health.withDetail(processor.getName(), details);
        }
        if (up) {
            health.up();
        } else {
            health.down();
        }
    }

    private static Map<String, Object> segment(EventTrackerStatus status) {
        Map<String, Object> segment = new LinkedHashMap<>();
        segment.put("segment", status.getSegment().getSegmentId());
        segment.put("position", status.getCurrentPosition().isPresent() ? status.getCurrentPosition().getAsLong() : null);
        segment.put("caughtUp", status.isCaughtUp());
        segment.put("replaying", status.isReplaying());
        if (status.isErrorState()) {
            segment.put("error", message(status.getError()));
        }
        return segment;
    }

    // The message only, as with dead letters: no class names, and shown to a SUPERVISOR only.
    private static String message(Throwable error) {
        String message = error == null ? null : error.getMessage();
        if (message == null) {
            return "failing";
        }
        return message.length() <= MAX_ERROR ? message : message.substring(0, MAX_ERROR);
    }
}
