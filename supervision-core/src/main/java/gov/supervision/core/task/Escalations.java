package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.EscalateTaskCommand;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.EscalationResolvedEvent;
import gov.supervision.core.api.task.EscalationWithdrawnEvent;
import gov.supervision.core.api.task.ResolveEscalationCommand;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.WithdrawalReason;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * The escalations of a task (提请协调), by hand or up the {@link EscalationLadder} of a red warning left
 * unresolved, and the level they reach while still waiting for their coordination decision. An escalation still
 * open when its task closes or goes to another lead department is withdrawn: it no longer waits in any queue.
 */
final class Escalations {

    private final TaskLifecycle lifecycle;
    private final ActiveWarnings warnings;
    private final Map<String, EscalationLevel> levels = new HashMap<>();
    private final Set<String> open = new HashSet<>();
    private int leaderDecisionSpell;
    private Instant leaderDecidedAt;

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
    Long handle(ResolveEscalationCommand command, Actor actor, OfficeCalendar calendar, TaskDeadlines deadlines) {
        EscalationLevel level = requireOpen(command.escalationId());
        lifecycle.leaders().requireMayDecide(actor, level, command.decidesForCityGovernment());
        apply(new EscalationResolvedEvent(lifecycle.taskId(), command.escalationId(), level, command.decision()));
        if (level == EscalationLevel.LEADER && warnings.anyRed() && !lifecycle.finished()) {
            deadlines.cancelEscalation();
            deadlines.scheduleAfterLeaderDecision(warnings.redSpell(), warnings.redSince(), calendar.now());
        }
        return getVersion();
    }

    /** Withdraws every escalation still waiting for its decision. */
    void withdrawOpen(WithdrawalReason reason) {
        open.stream()
                .sorted()
                .map(escalationId -> new EscalationWithdrawnEvent(lifecycle.taskId(), escalationId,
                        levels.get(escalationId), reason))
                .toList()
                .forEach(AggregateLifecycle::apply);
    }

    @DeadlineHandler(deadlineName = TaskDeadlines.RED_ESCALATION)
    void redUnresolved(TaskDeadlines.RedUnresolved step, TaskDeadlines deadlines) {
        Instant decidedInSpell = leaderDecisionSpell == step.redSpell() ? leaderDecidedAt : null;
        if (EscalationLadder.stillApplies(step, warnings, lifecycle, decidedInSpell)) {
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
    void on(EscalationResolvedEvent event, @Timestamp Instant at) {
        open.remove(event.escalationId());
        if (event.level() == EscalationLevel.LEADER) {
            leaderDecisionSpell = warnings.redSpell();
            leaderDecidedAt = at;
        }
    }

    @EventSourcingHandler
    void on(EscalationWithdrawnEvent event) {
        open.remove(event.escalationId());
    }
}
