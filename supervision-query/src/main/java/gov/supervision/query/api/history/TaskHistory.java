package gov.supervision.query.api.history;

import java.util.List;

/** A page of a task's history; {@code total} is the number of events the task has (0: no such task). */
public record TaskHistory(String taskId, List<HistoryEntry> entries, int page, int size, long total) {
}
