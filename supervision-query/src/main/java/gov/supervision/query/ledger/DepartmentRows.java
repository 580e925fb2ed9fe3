package gov.supervision.query.ledger;

import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskReassignedEvent;
import gov.supervision.query.common.TaskAudience;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the ledger's {@code task_department} rows: a task's {@link TaskAudience}, one row per department with how
 * it stands to the task, so that the ledger's filters can tell a lead or co-operating department from one that only
 * sees the task through a task above it. A reassignment replaces the LEAD and CO rows; a department that also saw
 * the task from above keeps an ANCESTOR row, since the tasks above keep their departments (a task with subtasks is
 * never reassigned, so no task below needs its rows changed). Every row copies the task's filterable fields
 * ({@link TaskDepartment#follow}), and {@link #follow} keeps them current.
 */
final class DepartmentRows {

    private final TaskDepartmentRepository departments;

    DepartmentRows(TaskDepartmentRepository departments) {
        this.departments = departments;
    }

    void assigned(TaskEntry task, TaskAssignedEvent event, Optional<TaskEntry> parent) {
        List<String> parentAudience = parent.map(p -> p.departmentRows().stream().map(TaskDepartment::department)
                .toList()).orElse(List.of());
        Map<String, TaskDepartment> rows = rowsOf(task, event.details().leadDepartmentKey(),
                event.details().coDepartmentKeys(), TaskAudience.ancestors(event, parentAudience).stream().toList());
        add(task, List.copyOf(rows.values()));
    }

    // Only the rows that change are deleted or inserted: Hibernate inserts before it deletes, so a row deleted and
    // inserted again in one flush would collide with itself.
    void reassigned(TaskEntry task, TaskReassignedEvent event) {
        List<TaskDepartment> current = List.copyOf(task.departmentRows());
        List<String> ancestors = current.stream()
                .filter(row -> row.relation() == DepartmentRelation.ANCESTOR || row.alsoAncestor())
                .map(TaskDepartment::department).toList();
        Map<TaskDepartment.Key, TaskDepartment> wanted = new LinkedHashMap<>();
        rowsOf(task, event.leadDepartmentKey(), event.coDepartmentKeys(), ancestors).values()
                .forEach(row -> wanted.put(row.getId(), row));
        List<TaskDepartment> gone = current.stream().filter(row -> !wanted.containsKey(row.getId())).toList();
        current.forEach(row -> wanted.remove(row.getId()));
        departments.deleteAll(gone);
        task.departmentRows().removeAll(gone);
        add(task, List.copyOf(wanted.values()));
    }

    /** The task's filterable fields changed: its rows take them. */
    void follow(TaskEntry task) {
        task.departmentRows().forEach(row -> row.follow(task));
    }

    /** A new task's rows are stored with it ({@link NewLines}); a stored task's at once. */
    private void add(TaskEntry task, List<TaskDepartment> rows) {
        if (!task.isNew()) {
            departments.saveAll(rows);
        }
        task.departmentRows().addAll(rows);
    }

    private static Map<String, TaskDepartment> rowsOf(TaskEntry task, String lead, List<String> coDepartments,
                                                      List<String> ancestors) {
        Map<String, DepartmentRelation> acting = new LinkedHashMap<>();
        if (lead != null) {
            acting.put(lead, DepartmentRelation.LEAD);
        }
        coDepartments.stream().filter(Objects::nonNull).forEach(
                department -> acting.putIfAbsent(department, DepartmentRelation.CO));
        Map<String, TaskDepartment> rows = new LinkedHashMap<>();
        acting.forEach((department, relation) -> rows.put(department,
                new TaskDepartment(task, department, relation, ancestors.contains(department))));
        ancestors.stream().filter(department -> !acting.containsKey(department)).forEach(department -> rows.put(
                department, new TaskDepartment(task, department, DepartmentRelation.ANCESTOR, false)));
        return rows;
    }
}
