package gov.supervision.core.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.Milestone;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 节点: a task's checkpoints by name, and whether a progress report has marked each one reached. */
final class Milestones {

    private final Map<String, Boolean> reachedByName = new HashMap<>();

    void assign(List<Milestone> milestones) {
        milestones.forEach(milestone -> reachedByName.put(milestone.name(), false));
    }

    void requireUnreached(String name) {
        Boolean reached = reachedByName.get(name);
        if (reached == null) {
            throw new RuleViolationException(RuleViolation.UNKNOWN_MILESTONE,
                    "The task has no milestone '" + name + "'.");
        }
        if (reached) {
            throw new RuleViolationException(RuleViolation.MILESTONE_ALREADY_REACHED,
                    "The milestone '" + name + "' was already reached.");
        }
    }

    boolean unreached(String name) {
        return Boolean.FALSE.equals(reachedByName.get(name));
    }

    void reach(String name) {
        reachedByName.put(name, true);
    }
}
