package gov.supervision.query.common;

import gov.supervision.core.api.task.TaskAssignedEvent;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The departments that see a task: those that lead or co-operate on it or on any task above it. Shared
 * by the read models that keep their own copy of it (each projection owns its tables, so that it can be
 * reset and rebuilt alone), so that the rule is written once.
 */
public final class TaskAudience {

    private TaskAudience() {
    }

    /**
     * {@code parentAudience} is the audience already kept for the parent (empty if unknown); it makes the
     * chain complete on replay, while the event's own ancestor sets cover a parent not seen (yet).
     */
    public static Set<String> of(TaskAssignedEvent event, Collection<String> parentAudience) {
        Set<String> audience = new LinkedHashSet<>();
        audience.add(event.details().leadDepartment());
        audience.addAll(event.details().coDepartments());
        audience.addAll(parentAudience);
        if (event.ancestorLeadDepartments() != null) {
            audience.addAll(event.ancestorLeadDepartments());
        }
        if (event.ancestorDepartments() != null) {
            audience.addAll(event.ancestorDepartments());
        }
        audience.removeIf(Objects::isNull);
        return audience;
    }
}
