package gov.supervision.core.api.task;

/** The parent learned that one of its subtasks was closed. */
public record SubtaskClosedEvent(String taskId, String subtaskId) {
}
