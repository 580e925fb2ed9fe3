package gov.supervision.query.ledger;

import gov.supervision.query.common.EventKeyedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** One department acting on a task; rows are inserted, deleted when a reassignment takes the task away, or by a reset. */
@Entity
@Table(name = "task_department")
@IdClass(TaskDepartment.Key.class)
class TaskDepartment extends EventKeyedRow<TaskDepartment.Key> {

    @Id
    private String taskId;
    @Id
    private String department;
    @Id
    @Enumerated(EnumType.STRING)
    private DepartmentRelation relation;

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

    DepartmentRelation relation() {
        return relation;
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
