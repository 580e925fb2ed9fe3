package gov.supervision.query.ledger;

import gov.supervision.core.api.task.TaskAssignedEvent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Writes who acts on a newly assigned task: its own departments and those of all tasks above it. */
final class TaskDepartments {

    private final TaskDepartmentRepository departments;

    TaskDepartments(TaskDepartmentRepository departments) {
        this.departments = departments;
    }

    void assigned(TaskAssignedEvent event) {
        String taskId = event.taskId();
        List<TaskDepartment> rows = new ArrayList<>();
        if (event.details().leadDepartment() != null) {
            rows.add(new TaskDepartment(taskId, event.details().leadDepartment(), DepartmentRelation.LEAD));
        }
        event.details().coDepartments().stream().filter(Objects::nonNull).distinct()
                .forEach(department -> rows.add(new TaskDepartment(taskId, department, DepartmentRelation.CO)));
        ancestorsOf(event).forEach(
                department -> rows.add(new TaskDepartment(taskId, department, DepartmentRelation.ANCESTOR)));
        departments.saveAll(rows);
    }

    // The parent's rows make the chain complete on replay; the event's own lists cover a parent the
    // ledger has not seen (yet).
    private Set<String> ancestorsOf(TaskAssignedEvent event) {
        Set<String> ancestors = new LinkedHashSet<>();
        if (event.parentTaskId() != null) {
            departments.findByTaskId(event.parentTaskId()).forEach(row -> ancestors.add(row.department()));
        }
        if (event.ancestorLeadDepartments() != null) {
            ancestors.addAll(event.ancestorLeadDepartments());
        }
        if (event.ancestorDepartments() != null) {
            ancestors.addAll(event.ancestorDepartments());
        }
        ancestors.remove(null);
        return ancestors;
    }
}
