package gov.supervision.core.task;

import gov.supervision.core.api.task.RecordSubtaskClosedCommand;
import gov.supervision.core.api.task.TaskClosedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A parent may be struck off only when all its subtasks are ("a parent is complete only when its
 * subtasks are"), so each closed subtask is reported to its parent.
 */
@Component
@ProcessingGroup("subtask-policy")
class SubtaskClosurePolicy {

    private final CommandGateway commandGateway;

    SubtaskClosurePolicy(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(TaskClosedEvent event) {
        if (event.parentTaskId() != null) {
            commandGateway.sendAndWait(new RecordSubtaskClosedCommand(event.parentTaskId(), event.taskId()));
        }
    }
}
