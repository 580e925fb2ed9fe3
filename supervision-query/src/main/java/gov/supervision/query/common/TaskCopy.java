package gov.supervision.query.common;

import gov.supervision.core.api.task.TaskAssignedEvent;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.util.Collection;
import java.util.Set;

/**
 * A projection's own copy of a task, in its own tables, so that it never reads another projection's: what its
 * rows copy of the task, and the task's {@link TaskAudience}, the departments that may see those rows. A task's
 * title, departments and leader never change after assignment. Each entity names its audience table with
 * {@code @AssociationOverride(name = "audience", joinTable = ...)}.
 */
@MappedSuperclass
public abstract class TaskCopy extends EventKeyedRow<String> {

    @Id
    private String taskId;
    private String title;
    private String leadDepartment;
    private String leaderInCharge;
    @ElementCollection
    @Column(name = "department")
    private Set<String> audience;

    /** A copy of the assigned task; {@code parentAudience} is the parent's as this projection keeps it. */
    protected void copy(TaskAssignedEvent event, Collection<String> parentAudience) {
        this.taskId = event.taskId();
        this.title = event.details().title();
        this.leadDepartment = event.details().leadDepartment();
        this.leaderInCharge = event.details().leaderInCharge();
        this.audience = Set.copyOf(TaskAudience.of(event, parentAudience));
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
