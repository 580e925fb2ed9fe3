package gov.supervision.core.api.task;

import java.time.LocalDate;

/** The task is a registered problem: its complexity and the rule that set its due date. */
public record ProblemRegisteredEvent(
        String taskId,
        TaskSource source,
        Complexity complexity,
        LocalDate registeredOn,
        int dueInDays) {
}
