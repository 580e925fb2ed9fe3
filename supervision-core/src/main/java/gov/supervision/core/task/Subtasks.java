package gov.supervision.core.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.RecordSubtaskClosedCommand;
import gov.supervision.core.api.task.SubtaskAddedEvent;
import gov.supervision.core.api.task.SubtaskClosedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/** The subtasks of a task not struck off yet: a parent is complete only when its subtasks are. */
final class Subtasks {

    private final TaskLifecycle lifecycle;
    private final Set<String> open = new HashSet<>();

    Subtasks(TaskLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    void requireAllClosed() {
        if (!open.isEmpty()) {
            throw new RuleViolationException(RuleViolation.SUBTASKS_OPEN,
                    "The task still has open subtasks: " + String.join(", ", open.stream().sorted().toList()) + ".");
        }
    }

    // Sent again after a retry or a replay of the policy, so a repeat changes nothing.
    @CommandHandler
    Long handle(RecordSubtaskClosedCommand command) {
        if (open.contains(command.subtaskId())) {
            apply(new SubtaskClosedEvent(lifecycle.taskId(), command.subtaskId()));
        }
        return getVersion();
    }

    @EventSourcingHandler
    void on(SubtaskAddedEvent event) {
        open.add(event.subtaskId());
    }

    @EventSourcingHandler
    void on(SubtaskClosedEvent event) {
        open.remove(event.subtaskId());
    }
}
