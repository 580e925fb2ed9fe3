package gov.supervision.query.api.notice;

/** The notice of one urging of a task (its 督办单), if the task was urged so. */
public record UrgingNoticeQuery(String taskId, String urgingId) {
}
