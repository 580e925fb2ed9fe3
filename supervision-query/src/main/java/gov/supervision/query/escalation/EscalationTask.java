package gov.supervision.query.escalation;

import gov.supervision.core.api.task.TaskDetails;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

import java.util.Set;

/**
 * What the escalations need to know of a task, kept from its assignment in this projection's own tables so
 * that the list never reads the ledger's. A task's title and departments never change after assignment.
 */
@Entity
@Table(name = "escalation_task")
class EscalationTask implements Persistable<String> {

    @Id
    private String taskId;
    private String title;
    private String leadDepartment;
    private String leaderInCharge;
    @ElementCollection
    @CollectionTable(name = "escalation_task_department", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "department")
    private Set<String> audience;

    @Transient
    private boolean fresh = true;

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

    // An assigned id would make save() merge (a select first); a new task is inserted at once.
    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }
}
