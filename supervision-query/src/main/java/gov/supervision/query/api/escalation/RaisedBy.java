package gov.supervision.query.api.escalation;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.task.TaskEscalatedEvent;

/**
 * Who raised an escalation: the rule of time (an unresolved red warning), the supervision office by hand, or the
 * lead department asking for coordination itself (提请协调), which the assessment does not count against it.
 */
public enum RaisedBy {
    RULE,
    SUPERVISOR,
    DEPARTMENT;

    /**
     * Who raised the escalation, by its rule and its actor's roles: the office acts as itself even with a department
     * in its token; null for an actor of neither role, which only the rules of time are, and they name their rule.
     */
    public static RaisedBy of(TaskEscalatedEvent event, Actor actor) {
        if (event.rule() != null) {
            return RULE;
        }
        if (actor.has(Role.SUPERVISOR)) {
            return SUPERVISOR;
        }
        return actor.has(Role.DEPARTMENT) ? DEPARTMENT : null;
    }
}
