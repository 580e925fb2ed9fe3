package gov.supervision.core.api.task;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The lead department returned the task (退回): the department that returned it (its code, or its name on a task from
 * before the directory), why, and whom it suggested. The task waits for the office to reassign it.
 */
public record TaskReturnedEvent(
        String taskId,
        String department,
        String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String suggestedDepartment,
        @JsonInclude(JsonInclude.Include.NON_NULL) String suggestedDepartmentCode) {
}
