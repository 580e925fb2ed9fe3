package gov.supervision.query.ledger;

import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskReassignedEvent;
import gov.supervision.query.common.TaskAudience;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the ledger's {@code task_department} rows of a newly assigned task: its {@link TaskAudience}, each
 * department with how it stands to the task, so that the ledger's filters can tell a lead or co-operating
 * department from one that only sees the task through a task above it. A reassignment replaces the LEAD and CO
 * rows; the ANCESTOR rows stay, since the tasks above keep their departments (a task with subtasks is never
 * reassigned, so no task below needs its rows changed).
 */
final class DepartmentRows {

    private final TaskDepartmentRepository departments;

    DepartmentRows(TaskDepartmentRepository departments) {
        this.departments = departments;
    }

    void assigned(TaskAssignedEvent event) {
        String taskId = event.taskId();
        List<TaskDepartment> rows = actingOn(taskId, event.details().leadDepartmentKey(),
                event.details().coDepartmentKeys());
        TaskAudience.ancestors(event, parentAudience(event)).forEach(
                department -> rows.add(new TaskDepartment(taskId, department, DepartmentRelation.ANCESTOR)));
        departments.saveAll(rows);
    }

    // Only the rows that change are deleted or inserted: Hibernate inserts before it deletes, so a row deleted and
    // inserted again in one flush would collide with itself.
    void reassigned(TaskReassignedEvent event) {
        String taskId = event.taskId();
        Set<TaskDepartment.Key> wanted = actingOn(taskId, event.leadDepartmentKey(), event.coDepartmentKeys())
                .stream().map(TaskDepartment::getId).collect(Collectors.toSet());
        Set<DepartmentRelation> acting = EnumSet.of(DepartmentRelation.LEAD, DepartmentRelation.CO);
        List<TaskDepartment> current = departments.findByTaskId(taskId).stream()
                .filter(row -> acting.contains(row.relation())).toList();
        Set<TaskDepartment.Key> kept = current.stream().map(TaskDepartment::getId).filter(wanted::contains)
                .collect(Collectors.toSet());
        departments.deleteAll(current.stream().filter(row -> !kept.contains(row.getId())).toList());
        departments.saveAll(actingOn(taskId, event.leadDepartmentKey(), event.coDepartmentKeys()).stream()
                .filter(row -> !kept.contains(row.getId())).toList());
    }

    private static List<TaskDepartment> actingOn(String taskId, String lead, List<String> coDepartments) {
        List<TaskDepartment> rows = new ArrayList<>();
        if (lead != null) {
            rows.add(new TaskDepartment(taskId, lead, DepartmentRelation.LEAD));
        }
        coDepartments.stream().filter(Objects::nonNull).distinct()
                .forEach(department -> rows.add(new TaskDepartment(taskId, department, DepartmentRelation.CO)));
        return rows;
    }

    private List<String> parentAudience(TaskAssignedEvent event) {
        return event.parentTaskId() == null ? List.of()
                : departments.findByTaskId(event.parentTaskId()).stream().map(TaskDepartment::department).toList();
    }
}
