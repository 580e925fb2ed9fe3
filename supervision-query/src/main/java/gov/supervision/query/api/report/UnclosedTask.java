package gov.supervision.query.api.report;

import gov.supervision.core.api.task.TaskStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A task of the year still open, and its leader's latest explanation for that year (null: none yet).
 * {@code percentComplete} is the task's own last reported figure; {@code rolledUpPercent} the progress its subtasks
 * roll up to (their weighted mean, as the ledger keeps it), null for a task without subtasks.
 */
public record UnclosedTask(
        String taskId,
        String title,
        String leadDepartment,
        String leaderInCharge,
        TaskStatus status,
        LocalDate dueDate,
        LocalDate originalDueDate,
        int percentComplete,
        String explanation,
        String explainedBy,
        Instant explainedAt,
        Integer rolledUpPercent) {
}
