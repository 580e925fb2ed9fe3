package gov.supervision.query.common;

import gov.supervision.core.api.task.TaskAssignedEvent;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The departments that see a task: those that lead or co-operate on it or on any task above it ("a department
 * acts only on tasks where it is lead or co-operating department, or their subtasks"). Every read model that
 * scopes what a department reads keeps its own copy of it (each projection owns its tables, so that it can be
 * reset and rebuilt alone); this is where the rule is written, once. Departments are kept by code (by name on
 * tasks from before the directory), so that a renamed department keeps seeing its tasks.
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
        audience.add(event.details().leadDepartmentKey());
        audience.addAll(event.details().coDepartmentKeys());
        audience.addAll(ancestors(event, parentAudience));
        audience.removeIf(Objects::isNull);
        return audience;
    }

    /** Those who see the task only through a task above it (they may lead or co-operate on it too). */
    public static Set<String> ancestors(TaskAssignedEvent event, Collection<String> parentAudience) {
        Set<String> ancestors = new LinkedHashSet<>(parentAudience);
        if (event.ancestorLeadDepartments() != null) {
            ancestors.addAll(event.ancestorLeadDepartments());
        }
        if (event.ancestorDepartments() != null) {
            ancestors.addAll(event.ancestorDepartments());
        }
        ancestors.removeIf(Objects::isNull);
        return ancestors;
    }
}
