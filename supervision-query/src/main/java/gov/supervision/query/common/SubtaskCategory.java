package gov.supervision.query.common;

import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;

import java.util.Optional;
import java.util.function.Function;

/**
 * The category a read model shows for an assigned task: its own, or for a subtask assigned without one its
 * parent's, as the read model keeps it. The command side fills a subtask's category in when it is decomposed;
 * the read side still takes the parent's for a stream where it is missing, so every read model agrees.
 */
public final class SubtaskCategory {

    private SubtaskCategory() {
    }

    /** {@code categoryOfTask} looks up the category the read model keeps for a task. */
    public static TaskCategory of(TaskAssignedEvent event, Function<String, Optional<TaskCategory>> categoryOfTask) {
        return event.details().category() != null || event.parentTaskId() == null
                ? event.details().category()
                : categoryOfTask.apply(event.parentTaskId()).orElse(null);
    }
}
