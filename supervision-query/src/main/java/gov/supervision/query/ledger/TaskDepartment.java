package gov.supervision.query.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

import java.io.Serializable;
import java.util.Objects;

/** One department acting on a task; rows are only ever inserted, or deleted by a reset. */
@Entity
@Table(name = "task_department")
@IdClass(TaskDepartment.Key.class)
class TaskDepartment implements Persistable<TaskDepartment.Key> {

    @Id
    private String taskId;
    @Id
    private String department;
    @Id
    @Enumerated(EnumType.STRING)
    private DepartmentRelation relation;

    // Saves insert at once instead of merging (a select per row) since the key is assigned.
    @Transient
    private boolean fresh = true;

    protected TaskDepartment() {
    }

    TaskDepartment(String taskId, String department, DepartmentRelation relation) {
        this.taskId = taskId;
        this.department = department;
        this.relation = relation;
    }

    String department() {
        return department;
    }

    @Override
    public Key getId() {
        return new Key(taskId, department, relation);
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
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
