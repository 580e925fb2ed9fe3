package gov.supervision.query.escalation;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.task.EscalationResolvedEvent;
import gov.supervision.core.api.task.EscalationWithdrawnEvent;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.query.api.escalation.RaisedBy;
import gov.supervision.query.common.TaskOccurrenceProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Every escalation (提请协调), open, resolved or withdrawn, with who raised it and what ended it; a reassigned task's
 * under its new lead department.
 */
@Component
@ProcessingGroup("escalations")
class EscalationProjection extends TaskOccurrenceProjection<EscalationTask, EscalationEntry> {

    @EventHandler
    void on(TaskEscalatedEvent event, @Timestamp Instant at, MetaData metaData) {
        Actor actor = Actor.fromMetaData(metaData);
        RaisedBy kind = RaisedBy.of(event, actor);
        raised(event.escalationId(), event.taskId(), task -> new EscalationEntry(event, task, at, actor.name(), kind));
    }

    @EventHandler
    void on(EscalationResolvedEvent event, @Timestamp Instant at, MetaData metaData) {
        String decidedBy = Actor.fromMetaData(metaData).name();
        ended(event.escalationId(), escalation -> escalation.resolve(at, event.decision(), decidedBy));
    }

    @EventHandler
    void on(EscalationWithdrawnEvent event, @Timestamp Instant at) {
        ended(event.escalationId(), escalation -> escalation.withdraw(at, event.reason()));
    }
}
