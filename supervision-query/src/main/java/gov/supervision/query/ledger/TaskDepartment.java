package gov.supervision.query.ledger;

import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.common.EventKeyedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How one department stands to a task (one row per task and department), with the task's filterable fields beside
 * it, so that a department's ledger page and its count read this table alone. Rows are inserted, deleted when a
 * reassignment takes the task away, or by a reset; their copy of the task's fields follows every change.
 */
@Entity
@Table(name = "task_department")
@IdClass(TaskDepartment.Key.class)
class TaskDepartment extends EventKeyedRow<TaskDepartment.Key> {

    @Id
    @Column(name = "task_id")
    private String taskId;
    @Id
    private String department;
    @Id
    @Enumerated(EnumType.STRING)
    private DepartmentRelation relation;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id", insertable = false, updatable = false)
    private TaskEntry task;
    /** A lead or co-operating department that also sees the task through a task above it. */
    private boolean alsoAncestor;
    @Enumerated(EnumType.STRING)
    private TaskStatus status;
    @Enumerated(EnumType.STRING)
    private TaskCategory category;
    @Enumerated(EnumType.STRING)
    private WarningLevel warningLevel;
    private Boolean overdue;
    private LocalDate dueDate;

    protected TaskDepartment() {
    }

    TaskDepartment(TaskEntry task, String department, DepartmentRelation relation, boolean alsoAncestor) {
        this.taskId = task.taskId();
        this.task = task;
        this.department = department;
        this.relation = relation;
        this.alsoAncestor = alsoAncestor;
        follow(task);
    }

    /** Takes the task's filterable fields as they stand now. */
    void follow(TaskEntry task) {
        TaskProgress progress = task.progress();
        status = progress.status();
        category = task.category();
        warningLevel = progress.warnings().level();
        overdue = progress.warnings().overdue();
        dueDate = task.dueDate();
    }

    String taskId() {
        return taskId;
    }

    String department() {
        return department;
    }

    DepartmentRelation relation() {
        return relation;
    }

    boolean alsoAncestor() {
        return alsoAncestor;
    }

    @Override
    public Key getId() {
        return new Key(taskId, department, relation);
    }

    static class Key implements Serializable {

        private String taskId;
        private String department;
        private DepartmentRelation relation;

        protected Key() {
        }

        Key(String taskId, String department, DepartmentRelation relation) {
            this.taskId = taskId;
            this.department = department;
            this.relation = relation;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(taskId, key.taskId)
                    && Objects.equals(department, key.department) && relation == key.relation;
        }

        @Override
        public int hashCode() {
            return Objects.hash(taskId, department, relation);
        }
    }
}
