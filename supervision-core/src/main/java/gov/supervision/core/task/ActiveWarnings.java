package gov.supervision.core.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.IssueWarningCommand;
import gov.supervision.core.api.task.LiftWarningCommand;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * The warnings of a task not lifted yet, in the order they were issued. A red spell is an unbroken time with
 * at least one red warning active; spells are counted so that a deadline of an earlier spell knows it is stale.
 * Issued and lifted here for every member of the task and for the office's warning notices by hand (预警通报),
 * so that turning red always starts the escalation ladder. The office may lift any active warning by hand (解除预警)
 * with a reason; the warning stays in the history and counts for the time it was active.
 */
final class ActiveWarnings {

    /** One active warning; {@code milestone} names the milestone a MILESTONE_MISSED warning is about. */
    record Active(String warningId, WarningLevel level, TimeRule rule, String milestone) {

        boolean isRed() {
            return level == WarningLevel.RED;
        }

        boolean hasRule(TimeRule... rules) {
            return Arrays.asList(rules).contains(rule);
        }
    }

    private final TaskLifecycle lifecycle;
    private final Map<String, Active> byId = new LinkedHashMap<>();
    private final Set<String> issued = new HashSet<>();
    private int redSpells;
    private Instant redSince;

    ActiveWarnings(TaskLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    boolean anyRed() {
        return byId.values().stream().anyMatch(Active::isRed);
    }

    boolean active(String warningId) {
        return byId.containsKey(warningId);
    }

    boolean any(TimeRule... rules) {
        return byId.values().stream().anyMatch(active -> active.hasRule(rules));
    }

    /** When the current (or last) red spell began. */
    Instant redSince() {
        return redSince;
    }

    /** The number of the current (or last) red spell. */
    int redSpell() {
        return redSpells;
    }

    @CommandHandler
    Long handle(IssueWarningCommand command, OfficeCalendar calendar, TaskDeadlines deadlines) {
        lifecycle.requireOpen();
        issue(new WarningIssuedEvent(lifecycle.taskId(), command.warningId(), command.level(), command.reason(), null,
                Map.of()), calendar.now(), deadlines);
        return getVersion();
    }

    @CommandHandler
    Long handle(LiftWarningCommand command, TaskDeadlines deadlines) {
        lifecycle.requireNotClosed();
        if (!issued.contains(command.warningId())) {
            throw new RuleViolationException(RuleViolation.UNKNOWN_WARNING,
                    "The task has no warning " + command.warningId() + ".");
        }
        Active active = byId.get(command.warningId());
        if (active == null) {
            throw new RuleViolationException(RuleViolation.WARNING_NOT_ACTIVE,
                    "The warning " + command.warningId() + " is already lifted.");
        }
        apply(new WarningLiftedEvent(lifecycle.taskId(), active.warningId(), active.level(), active.rule(),
                LiftReason.LIFTED_BY_HAND, command.reason()));
        if (!anyRed()) {
            deadlines.cancelEscalation();
        }
        return getVersion();
    }

    /** Issues a warning; turning the task red starts the escalation ladder of that red spell. */
    void issue(WarningIssuedEvent warning, Instant now, TaskDeadlines deadlines) {
        boolean wasRed = anyRed();
        apply(warning);
        if (!wasRed && anyRed()) {
            deadlines.startEscalationLadder(redSpells, now);
        }
    }

    /** Lifts the active warnings chosen, in the order they were issued. */
    void lift(LiftReason reason, Predicate<Active> which) {
        byId.values().stream()
                .filter(which)
                .map(active -> new WarningLiftedEvent(lifecycle.taskId(), active.warningId(), active.level(),
                        active.rule(), reason))
                .toList()
                .forEach(AggregateLifecycle::apply);
    }

    @EventSourcingHandler
    void on(WarningIssuedEvent event, @Timestamp Instant at) {
        boolean wasRed = anyRed();
        String milestone = event.rule() == TimeRule.MILESTONE_MISSED && event.ruleParameters() != null
                ? event.ruleParameters().get(RuleEvents.MILESTONE)
                : null;
        issued.add(event.warningId());
        byId.put(event.warningId(), new Active(event.warningId(), event.level(), event.rule(), milestone));
        if (!wasRed && anyRed()) {
            redSpells++;
            redSince = at;
        }
    }

    @EventSourcingHandler
    void on(WarningLiftedEvent event) {
        byId.remove(event.warningId());
    }
}
