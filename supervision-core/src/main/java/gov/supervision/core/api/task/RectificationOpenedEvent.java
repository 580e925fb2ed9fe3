package gov.supervision.core.api.task;

import java.time.LocalDate;

/** The task rectifies a finding of an inspection (and concerns {@code relatedTaskId} when given). */
public record RectificationOpenedEvent(
        String taskId,
        String inspectionId,
        String relatedTaskId,
        Complexity complexity,
        LocalDate openedOn,
        int dueInDays) {
}
