package gov.supervision.query.escalation;

import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.query.common.AssignedTask;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.Set;

/** What the escalations need to know of a task, and the departments that may see its escalations. */
@Entity
@Table(name = "escalation_task")
class EscalationTask extends AssignedTask {

    @ElementCollection
    @CollectionTable(name = "escalation_task_department", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "department")
    private Set<String> audience;

    protected EscalationTask() {
    }

    EscalationTask(String taskId, TaskDetails details, Set<String> audience) {
        super(taskId, details);
        this.audience = Set.copyOf(audience);
    }

    Set<String> audience() {
        return audience;
    }
}
