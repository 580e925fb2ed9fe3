package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A recipient acknowledges a notice of the task (签收). The notice is named by the id of the event that asked the
 * recipient to act; the API checks that the caller is that notice's recipient before sending this.
 */
public record AcknowledgeNoticeCommand(
        @TargetAggregateIdentifier String taskId,
        String noticeId,
        NoticeRecipient recipient) {
}
