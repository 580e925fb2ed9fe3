package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.EscalateTaskCommand;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.EscalationResolvedEvent;
import gov.supervision.core.api.task.ResolveEscalationCommand;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * The escalations of a task (提请协调), by hand or up the {@link EscalationLadder} of a red warning left
 * unresolved, and the level they reach while still waiting for their coordination decision.
 */
final class Escalations {

    private final TaskLifecycle lifecycle;
    private final ActiveWarnings warnings;
    private final Map<String, EscalationLevel> levels = new HashMap<>();
    private final Set<String> open = new HashSet<>();

    Escalations(TaskLifecycle lifecycle, ActiveWarnings warnings) {
        this.lifecycle = lifecycle;
        this.warnings = warnings;
    }

    @CommandHandler
    Long handle(EscalateTaskCommand command, Actor actor) {
        lifecycle.requireLead(actor);
        lifecycle.requireOpen();
        apply(new TaskEscalatedEvent(lifecycle.taskId(), command.escalationId(), EscalationLadder.oneAbove(level()),
                command.reason(), null, Map.of()));
        return getVersion();
    }

    @CommandHandler
    Long handle(ResolveEscalationCommand command, Actor actor) {
        EscalationLevel level = requireOpen(command.escalationId());
        lifecycle.leaders().requireMayDecide(actor, level, command.decidesForCityGovernment());
        apply(new EscalationResolvedEvent(lifecycle.taskId(), command.escalationId(), level, command.decision()));
        return getVersion();
    }

    @DeadlineHandler(deadlineName = TaskDeadlines.RED_ESCALATION)
    void redUnresolved(TaskDeadlines.RedUnresolved step, TaskDeadlines deadlines) {
        if (EscalationLadder.stillApplies(step, warnings, lifecycle)) {
            if (EscalationLadder.raises(step, level())) {
                apply(EscalationLadder.escalation(lifecycle.taskId(), step));
            }
            EscalationLadder.nextStep(step).ifPresent(deadlines::scheduleEscalation);
        }
    }

    /** The highest level of the escalations still waiting for their decision. */
    private EscalationLevel level() {
        return open.stream()
                .map(levels::get)
                .max(Comparator.naturalOrder())
                .orElse(EscalationLevel.NONE);
    }

    /** The level of an escalation still waiting for its coordination decision. */
    private EscalationLevel requireOpen(String escalationId) {
        if (!levels.containsKey(escalationId)) {
            throw new RuleViolationException(RuleViolation.UNKNOWN_ESCALATION,
                    "The task has no escalation " + escalationId + ".");
        }
        if (!open.contains(escalationId)) {
            throw new RuleViolationException(RuleViolation.ESCALATION_ALREADY_RESOLVED,
                    "The escalation " + escalationId + " is already resolved.");
        }
        return levels.get(escalationId);
    }

    @EventSourcingHandler
    void on(TaskEscalatedEvent event) {
        levels.put(event.escalationId(), event.level());
        open.add(event.escalationId());
    }

    @EventSourcingHandler
    void on(EscalationResolvedEvent event) {
        open.remove(event.escalationId());
    }
}
