package gov.supervision.core.task;

import gov.supervision.core.api.task.TaskClosedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Carries each closed subtask to its parent, which {@link SubtaskClosure} keeps from closing before them. */
@Component
@ProcessingGroup("subtask-policy")
class SubtaskClosurePolicy {

    private final CommandGateway commandGateway;

    SubtaskClosurePolicy(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(TaskClosedEvent event) {
        SubtaskClosure.reportToParent(event).ifPresent(commandGateway::sendAndWait);
    }
}
