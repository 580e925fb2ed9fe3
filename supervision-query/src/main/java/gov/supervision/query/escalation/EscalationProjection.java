package gov.supervision.query.escalation;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.task.EscalationResolvedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.query.common.TaskAudience;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Set;

/** Every escalation (提请协调), open or resolved, with who raised it and the decision that ended it. */
@Component
@ProcessingGroup("escalations")
class EscalationProjection {

    private final EscalationRepository escalations;
    private final EscalationTaskRepository tasks;

    EscalationProjection(EscalationRepository escalations, EscalationTaskRepository tasks) {
        this.escalations = escalations;
        this.tasks = tasks;
    }

    @EventHandler
    void on(TaskAssignedEvent event) {
        if (tasks.findById(event.taskId()).isPresent()) {
            return;
        }
        Set<String> parentAudience = event.parentTaskId() == null ? Set.of()
                : tasks.findById(event.parentTaskId()).map(EscalationTask::audience).orElse(Set.of());
        tasks.save(new EscalationTask(event.taskId(), event.details(), TaskAudience.of(event, parentAudience)));
    }

    @EventHandler
    void on(TaskEscalatedEvent event, @Timestamp Instant at, MetaData metaData) {
        if (escalations.findById(event.escalationId()).isPresent()) {
            return;
        }
        EscalationTask task = tasks.findById(event.taskId()).orElse(null);
        escalations.save(new EscalationEntry(event, task, at, Actor.fromMetaData(metaData).name()));
    }

    @EventHandler
    void on(EscalationResolvedEvent event, @Timestamp Instant at, MetaData metaData) {
        escalations.findById(event.escalationId()).ifPresent(escalation -> {
            escalation.resolve(at, event.decision(), Actor.fromMetaData(metaData).name());
            escalations.save(escalation);
        });
    }

    @ResetHandler
    void reset() {
        escalations.deleteAllInBatch();
        tasks.deleteAllInBatch();
    }
}
