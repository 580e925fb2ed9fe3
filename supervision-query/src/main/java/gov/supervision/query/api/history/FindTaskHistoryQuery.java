package gov.supervision.query.api.history;

/**
 * A page of a task's events in order, read from the event store itself (always current); pages count from
 * 0 and hold at most 1000 events.
 */
public record FindTaskHistoryQuery(String taskId, int page, int size) {

    public static final int MAX_SIZE = 1000;

    /** Every event of the task, for an auditor's dossier. */
    public static FindTaskHistoryQuery all(String taskId) {
        return new FindTaskHistoryQuery(taskId, 0, Integer.MAX_VALUE);
    }
}
