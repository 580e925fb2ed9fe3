package gov.supervision.query.warning;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.query.common.TaskAudience;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Set;

/** Every warning, active or past, with who issued it and why it ended. */
@Component
@ProcessingGroup("warnings")
class WarningProjection {

    private final WarningRepository warnings;
    private final WarningTaskRepository tasks;

    WarningProjection(WarningRepository warnings, WarningTaskRepository tasks) {
        this.warnings = warnings;
        this.tasks = tasks;
    }

    @EventHandler
    void on(TaskAssignedEvent event) {
        if (tasks.findById(event.taskId()).isPresent()) {
            return;
        }
        Set<String> parentAudience = event.parentTaskId() == null ? Set.of()
                : tasks.findById(event.parentTaskId()).map(WarningTask::audience).orElse(Set.of());
        tasks.save(new WarningTask(event.taskId(), event.details(), TaskAudience.of(event, parentAudience)));
    }

    @EventHandler
    void on(WarningIssuedEvent event, @Timestamp Instant at, MetaData metaData) {
        if (warnings.findById(event.warningId()).isPresent()) {
            return;
        }
        WarningTask task = tasks.findById(event.taskId()).orElse(null);
        warnings.save(new WarningEntry(event, task, at, Actor.fromMetaData(metaData).name()));
    }

    @EventHandler
    void on(WarningLiftedEvent event, @Timestamp Instant at) {
        warnings.findById(event.warningId()).ifPresent(warning -> {
            warning.lift(at, event.reason());
            warnings.save(warning);
        });
    }

    @ResetHandler
    void reset() {
        warnings.deleteAllInBatch();
        tasks.deleteAllInBatch();
    }
}
