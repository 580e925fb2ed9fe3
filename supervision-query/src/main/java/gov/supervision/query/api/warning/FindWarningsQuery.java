package gov.supervision.query.api.warning;

import gov.supervision.core.api.task.WarningLevel;

/**
 * Warnings, newest first; null filters mean "any". {@code department} is the task's lead department;
 * {@code visibleToDepartment} is the caller's own department when it is a DEPARTMENT (its tasks and their
 * subtasks only).
 */
public record FindWarningsQuery(
        WarningLevel level,
        Boolean active,
        String department,
        String visibleToDepartment,
        int page,
        int size) {
}
