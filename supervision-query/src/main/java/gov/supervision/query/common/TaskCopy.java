package gov.supervision.query.common;

import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskReassignedEvent;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A projection's own copy of a task, in its own tables, so that it never reads another projection's: what its
 * rows copy of the task, and the task's {@link TaskAudience}, the departments that may see those rows. A task's
 * title and leader never change after assignment; its departments change when the office reassigns it (改派). Each
 * entity names its audience table with {@code @AssociationOverride(name = "audience", joinTable = ...)}.
 */
@MappedSuperclass
public abstract class TaskCopy extends EventKeyedRow<String> {

    @Id
    private String taskId;
    private String parentTaskId;
    private String title;
    private String leadDepartment;
    private String leaderInCharge;
    @ElementCollection
    @Column(name = "department")
    private Set<String> audience;

    /** A copy of the assigned task; {@code parentAudience} is the parent's as this projection keeps it. */
    protected void copy(TaskAssignedEvent event, Collection<String> parentAudience) {
        this.taskId = event.taskId();
        this.parentTaskId = event.parentTaskId();
        this.title = event.details().title();
        this.leadDepartment = event.details().leadDepartment();
        this.leaderInCharge = event.details().leaderInCharge();
        this.audience = Set.copyOf(TaskAudience.of(event, parentAudience));
    }

    /**
     * The task now led by another department: its new lead and co-operating departments, and as before those who
     * see it through the tasks above it, which are its parent's audience ({@code parentAudience}, empty for a task
     * without parent). A task with subtasks is never reassigned, so no copy below it needs to change.
     */
    protected void reassigned(TaskReassignedEvent event, Collection<String> parentAudience) {
        this.leadDepartment = event.leadDepartment();
        Set<String> moved = new LinkedHashSet<>();
        moved.add(event.leadDepartmentKey());
        moved.addAll(event.coDepartmentKeys());
        moved.addAll(parentAudience);
        moved.removeIf(Objects::isNull);
        // A new set, not the old one changed: the one stored first is the immutable copy made at assignment.
        this.audience = moved;
    }

    public String parentTaskId() {
        return parentTaskId;
    }

    public String title() {
        return title;
    }

    public String leadDepartment() {
        return leadDepartment;
    }

    public String leaderInCharge() {
        return leaderInCharge;
    }

    public Set<String> audience() {
        return audience;
    }

    @Override
    public String getId() {
        return taskId;
    }
}
