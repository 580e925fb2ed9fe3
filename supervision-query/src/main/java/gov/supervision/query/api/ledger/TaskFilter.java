package gov.supervision.query.api.ledger;

import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.api.task.WarningLevel;

import java.time.LocalDate;

/**
 * The ledger's filters; null means "any". {@code department} matches lead or co-operating department;
 * {@code visibleToDepartment} is not a client filter but the caller's own department when it is a
 * DEPARTMENT: it sees the tasks it leads or co-operates on, and their subtasks.
 */
public record TaskFilter(
        TaskStatus status,
        TaskCategory category,
        String department,
        String leader,
        WarningLevel warningLevel,
        Boolean overdue,
        String parentId,
        String text,
        LocalDate dueBefore,
        LocalDate dueAfter,
        String visibleToDepartment) {

    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null, null, null, null, null, null, null, null);
    }
}
