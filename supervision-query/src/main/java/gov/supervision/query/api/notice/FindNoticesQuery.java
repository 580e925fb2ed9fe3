package gov.supervision.query.api.notice;

import gov.supervision.core.api.task.NoticeRecipient;

import java.util.Set;

/**
 * The notices addressed to any of {@code recipients} (the caller's department, the caller as a leader, the
 * city government, the office), newest first; null filters mean "any", {@code unread} true keeps those not yet
 * acknowledged by the recipient.
 */
public record FindNoticesQuery(Set<NoticeRecipient> recipients, Boolean unread, NoticeType type, String taskId,
                               int page, int size) {

    public FindNoticesQuery {
        recipients = Set.copyOf(recipients);
    }
}
