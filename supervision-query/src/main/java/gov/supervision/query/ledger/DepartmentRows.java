package gov.supervision.query.ledger;

import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.query.common.TaskAudience;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes the ledger's {@code task_department} rows of a newly assigned task: its {@link TaskAudience}, each
 * department with how it stands to the task, so that the ledger's filters can tell a lead or co-operating
 * department from one that only sees the task through a task above it.
 */
final class DepartmentRows {

    private final TaskDepartmentRepository departments;

    DepartmentRows(TaskDepartmentRepository departments) {
        this.departments = departments;
    }

    void assigned(TaskAssignedEvent event) {
        String taskId = event.taskId();
        List<TaskDepartment> rows = new ArrayList<>();
        if (event.details().leadDepartmentKey() != null) {
            rows.add(new TaskDepartment(taskId, event.details().leadDepartmentKey(), DepartmentRelation.LEAD));
        }
        event.details().coDepartmentKeys().stream().filter(Objects::nonNull).distinct()
                .forEach(department -> rows.add(new TaskDepartment(taskId, department, DepartmentRelation.CO)));
        TaskAudience.ancestors(event, parentAudience(event)).forEach(
                department -> rows.add(new TaskDepartment(taskId, department, DepartmentRelation.ANCESTOR)));
        departments.saveAll(rows);
    }

    private List<String> parentAudience(TaskAssignedEvent event) {
        return event.parentTaskId() == null ? List.of()
                : departments.findByTaskId(event.parentTaskId()).stream().map(TaskDepartment::department).toList();
    }
}
