package gov.supervision.core.api.task;

/**
 * A recipient acknowledged a notice of the task (签收): who did is in the event's actor, for which recipient here.
 * Recorded once per notice and recipient.
 */
public record NoticeAcknowledgedEvent(String taskId, String noticeId, NoticeRecipient recipient) {
}
