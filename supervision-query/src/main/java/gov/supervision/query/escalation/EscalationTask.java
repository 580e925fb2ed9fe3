package gov.supervision.query.escalation;

import gov.supervision.query.common.TaskCopy;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;

/** The escalations' copy of a task, and the departments that may see its escalations. */
@Entity
@Table(name = "escalation_task")
@AssociationOverride(name = "audience",
        joinTable = @JoinTable(name = "escalation_task_department", joinColumns = @JoinColumn(name = "task_id")))
class EscalationTask extends TaskCopy {
}
