package gov.supervision.core.api.task;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Set;

/**
 * A task was assigned; for a subtask, with its parent and those who act on it through its ancestors: their lead
 * departments, all their departments and their leaders in charge (by code and id, or by name before the directory).
 * Events from before leaders were carried down have no {@code ancestorLeaders}.
 */
public record TaskAssignedEvent(
        String taskId,
        String parentTaskId,
        TaskDetails details,
        Set<String> ancestorLeadDepartments,
        Set<String> ancestorDepartments,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Set<String> ancestorLeaders) {

    public TaskAssignedEvent {
        ancestorLeaders = ancestorLeaders == null ? Set.of() : Set.copyOf(ancestorLeaders);
    }

    public TaskAssignedEvent(String taskId, String parentTaskId, TaskDetails details,
                             Set<String> ancestorLeadDepartments, Set<String> ancestorDepartments) {
        this(taskId, parentTaskId, details, ancestorLeadDepartments, ancestorDepartments, Set.of());
    }
}
