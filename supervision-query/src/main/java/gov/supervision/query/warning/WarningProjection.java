package gov.supervision.query.warning;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.query.common.TaskOccurrenceProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Every warning, active or past, with who issued it and why it ended; a reassigned task's under its new department. */
@Component
@ProcessingGroup("warnings")
class WarningProjection extends TaskOccurrenceProjection<WarningTask, WarningEntry> {

    @EventHandler
    void on(WarningIssuedEvent event, @Timestamp Instant at, MetaData metaData) {
        raised(event.warningId(), event.taskId(),
                task -> new WarningEntry(event, task, at, Actor.fromMetaData(metaData).name()));
    }

    @EventHandler
    void on(WarningLiftedEvent event, @Timestamp Instant at) {
        ended(event.warningId(), warning -> warning.lift(at, event.reason(), event.comment()));
    }
}
