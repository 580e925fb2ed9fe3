package gov.supervision.query.escalation;

import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.query.common.InsertedOnce;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.Set;

/**
 * What the escalations need to know of a task, kept from its assignment in this projection's own tables so
 * that the list never reads the ledger's. A task's title and departments never change after assignment.
 */
@Entity
@Table(name = "escalation_task")
class EscalationTask extends InsertedOnce<String> {

    @Id
    private String taskId;
    private String title;
    private String leadDepartment;
    private String leaderInCharge;
    @ElementCollection
    @CollectionTable(name = "escalation_task_department", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "department")
    private Set<String> audience;

    protected EscalationTask() {
    }

    EscalationTask(String taskId, TaskDetails details, Set<String> audience) {
        this.taskId = taskId;
        this.title = details.title();
        this.leadDepartment = details.leadDepartment();
        this.leaderInCharge = details.leaderInCharge();
        this.audience = Set.copyOf(audience);
    }

    String title() {
        return title;
    }

    String leadDepartment() {
        return leadDepartment;
    }

    String leaderInCharge() {
        return leaderInCharge;
    }

    Set<String> audience() {
        return audience;
    }

    @Override
    public String getId() {
        return taskId;
    }
}
