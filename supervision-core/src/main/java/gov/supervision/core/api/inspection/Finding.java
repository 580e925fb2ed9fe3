package gov.supervision.core.api.inspection;

import gov.supervision.core.api.task.Complexity;

/** One finding of an inspection and the id of the rectification task it becomes. */
public record Finding(
        String rectificationTaskId,
        String description,
        String department,
        Complexity complexity,
        String relatedTaskId) {
}
