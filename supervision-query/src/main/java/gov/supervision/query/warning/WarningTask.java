package gov.supervision.query.warning;

import gov.supervision.query.common.TaskCopy;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;

/** The warnings' copy of a task, and the departments that may see its warnings. */
@Entity
@Table(name = "warning_task")
@AssociationOverride(name = "audience",
        joinTable = @JoinTable(name = "warning_task_department", joinColumns = @JoinColumn(name = "task_id")))
class WarningTask extends TaskCopy {
}
