package gov.supervision.core.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.RecordSubtaskClosedCommand;
import gov.supervision.core.api.task.SubtaskAddedEvent;
import gov.supervision.core.api.task.SubtaskClosedEvent;
import gov.supervision.core.api.task.TaskClosedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * "对承担的重点工作进行再分解、再细化": a task decomposed into subtasks is complete only when its subtasks are, so it
 * may be struck off only once every one of them is. Each closed subtask is reported to its parent, by the
 * {@link SubtaskClosurePolicy}; the parent keeps the subtasks still open.
 */
final class SubtaskClosure {

    private final TaskLifecycle lifecycle;
    private final Set<String> open = new HashSet<>();
    private boolean decomposed;

    SubtaskClosure(TaskLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** What a closed task owes its parent, if it is a subtask. */
    static Optional<RecordSubtaskClosedCommand> reportToParent(TaskClosedEvent closed) {
        return Optional.ofNullable(closed.parentTaskId())
                .map(parentTaskId -> new RecordSubtaskClosedCommand(parentTaskId, closed.taskId()));
    }

    /** Whether the task was ever decomposed. */
    boolean any() {
        return decomposed;
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
        decomposed = true;
    }

    @EventSourcingHandler
    void on(SubtaskClosedEvent event) {
        open.remove(event.subtaskId());
    }
}
