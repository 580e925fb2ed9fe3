package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.TaskAssignedEvent;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A leader acts only for the tasks in their charge (分管领导), and the subtasks below them; a city-government step of
 * the escalation ladder is decided by a leader who decides for the city government, whichever vice-mayor is in
 * charge. A leader is known by the id their token carries; a task from before the directory names its leader only,
 * and is matched by that name. The office (SUPERVISOR) records decisions on any task.
 */
record LeaderAccess(String leader, Set<String> ancestors) {

    static LeaderAccess of(TaskAssignedEvent event) {
        return new LeaderAccess(event.details().leaderKey(), Set.copyOf(event.ancestorLeaders()));
    }

    void requireInCharge(Actor actor) {
        if (scopedToLeader(actor) && !inCharge(actor)) {
            throw new RuleViolationException(RuleViolation.NOT_LEADER_IN_CHARGE,
                    actor.name() + " is not the leader in charge of this task.");
        }
    }

    /** Who may decide an escalation at this level: for the city government, only a leader marked for it. */
    void requireMayDecide(Actor actor, EscalationLevel level, boolean decidesForCityGovernment) {
        if (!scopedToLeader(actor)) {
            return;
        }
        if (level == EscalationLevel.CITY_GOVERNMENT) {
            if (!decidesForCityGovernment) {
                throw new RuleViolationException(RuleViolation.NOT_CITY_GOVERNMENT_LEADER,
                        actor.name() + " does not decide for the city government.");
            }
            return;
        }
        requireInCharge(actor);
    }

    private boolean inCharge(Actor actor) {
        return matches(leader, actor) || ancestors.stream().anyMatch(key -> matches(key, actor));
    }

    private static boolean matches(String key, Actor actor) {
        return key != null && (key.equals(actor.id()) || key.equals(actor.name()));
    }

    private static boolean scopedToLeader(Actor actor) {
        return actor.has(Role.LEADER) && !actor.has(Role.SUPERVISOR);
    }

    Set<String> leadersOfSubtask() {
        Set<String> leaders = new LinkedHashSet<>(ancestors);
        if (leader != null) {
            leaders.add(leader);
        }
        return Collections.unmodifiableSet(leaders);
    }
}
