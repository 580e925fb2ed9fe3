package gov.supervision.query.api.notice;

import gov.supervision.core.api.task.NoticeRecipient;

import java.time.Instant;

/** One recipient of a notice, and whether and when it acknowledged (签收), and who did for it. */
public record NoticeReceipt(NoticeRecipient recipient, boolean acknowledged, Instant acknowledgedAt,
                            String acknowledgedBy) {
}
