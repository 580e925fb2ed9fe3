package gov.supervision.query.api.notice;

import gov.supervision.core.api.task.NoticeRecipient;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice as one recipient reads it: what it asks (its type, the warning's or escalation's {@code level}, the
 * text of the urging, warning or decision, the date an answer is due by) and on which task, with that recipient's
 * receipt. {@code subjectId} is the warning, urging, escalation or request the notice is about. {@code
 * documentNumber} numbers an urging notice in its year (督办〔2026〕3号).
 */
public record NoticeView(
        String noticeId,
        String taskId,
        NoticeType type,
        String subjectId,
        String level,
        String text,
        LocalDate respondBy,
        String documentNumber,
        String taskTitle,
        String leadDepartment,
        String leaderInCharge,
        LocalDate dueDate,
        Instant sentAt,
        String sentBy,
        NoticeRecipient recipient,
        Instant acknowledgedAt,
        String acknowledgedBy,
        boolean unread) {

    /** The notice as {@code receipt}'s recipient reads it. */
    public static NoticeView of(NoticeRecord notice, NoticeReceipt receipt) {
        return new NoticeView(notice.noticeId(), notice.taskId(), notice.type(), notice.subjectId(), notice.level(),
                notice.text(), notice.respondBy(), notice.documentNumber(), notice.taskTitle(),
                notice.leadDepartment(), notice.leaderInCharge(), notice.dueDate(), notice.sentAt(), notice.sentBy(),
                receipt.recipient(), receipt.acknowledgedAt(), receipt.acknowledgedBy(), !receipt.acknowledged());
    }
}
