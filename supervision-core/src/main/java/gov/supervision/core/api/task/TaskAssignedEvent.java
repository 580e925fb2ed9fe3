package gov.supervision.core.api.task;

import java.util.Set;

/** A task was assigned; for a subtask, with its parent and the departments that act on it through its ancestors. */
public record TaskAssignedEvent(
        String taskId,
        String parentTaskId,
        TaskDetails details,
        Set<String> ancestorLeadDepartments,
        Set<String> ancestorDepartments) {
}
