package gov.supervision.query.warning;

import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.query.common.AssignedTask;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.Set;

/** What the warnings need to know of a task, and the departments that may see its warnings. */
@Entity
@Table(name = "warning_task")
class WarningTask extends AssignedTask {

    @ElementCollection
    @CollectionTable(name = "warning_task_department", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "department")
    private Set<String> audience;

    protected WarningTask() {
    }

    WarningTask(String taskId, TaskDetails details, Set<String> audience) {
        super(taskId, details);
        this.audience = Set.copyOf(audience);
    }

    Set<String> audience() {
        return audience;
    }
}
