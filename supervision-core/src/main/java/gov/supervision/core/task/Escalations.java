package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.EscalateTaskCommand;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.EscalationResolvedEvent;
import gov.supervision.core.api.task.ResolveEscalationCommand;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.rules.SupervisionRules;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * The escalations of a task (提请协调), by hand or up the ladder of a red warning left unresolved, and the
 * level they reach while still waiting for their coordination decision.
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

    EscalationLevel level() {
        return open.stream()
                .map(levels::get)
                .max(Comparator.naturalOrder())
                .orElse(EscalationLevel.NONE);
    }

    @CommandHandler
    Long handle(EscalateTaskCommand command, MetaData metaData) {
        lifecycle.requireLead(Actor.fromMetaData(metaData));
        lifecycle.requireOpen();
        EscalationLevel current = level();
        if (current == EscalationLevel.CITY_GOVERNMENT) {
            throw new RuleViolationException(RuleViolation.ESCALATION_AT_TOP_LEVEL,
                    "The task is already escalated to the city government, the highest level.");
        }
        EscalationLevel next = EscalationLevel.values()[current.ordinal() + 1];
        apply(new TaskEscalatedEvent(lifecycle.taskId(), command.escalationId(), next, command.reason(), null,
                Map.of()));
        return getVersion();
    }

    @CommandHandler
    Long handle(ResolveEscalationCommand command) {
        EscalationLevel level = requireOpen(command.escalationId());
        apply(new EscalationResolvedEvent(lifecycle.taskId(), command.escalationId(), level, command.decision()));
        return getVersion();
    }

    // Red left unresolved goes up: to the leader in charge, then "由市政府统一协调解决，坚决防止拖延误事".
    @DeadlineHandler(deadlineName = TaskDeadlines.RED_ESCALATION)
    void redUnresolved(TaskDeadlines.RedUnresolved deadline, OfficeCalendar calendar, DeadlineManager deadlineManager,
                       SupervisionRules rules) {
        if (deadline.redSpell() != warnings.redSpell() || !warnings.anyRed() || lifecycle.finished()) {
            return;
        }
        EscalationLevel target = deadline.step() == 1 ? EscalationLevel.LEADER : EscalationLevel.CITY_GOVERNMENT;
        if (target.compareTo(level()) > 0) {
            apply(RuleEvents.redUnresolved(lifecycle.taskId(), target, deadline));
        }
        if (deadline.step() == 1) {
            new TaskDeadlines(deadlineManager, calendar, rules).scheduleNextStep(deadline);
        }
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
