package gov.supervision.query.api.history;

import java.util.List;

/** A task's history; empty entries mean the task does not exist. */
public record TaskHistory(String taskId, List<HistoryEntry> entries) {
}
