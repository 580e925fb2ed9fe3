package gov.supervision.query.api.notice;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A notice with every recipient and its receipt: the office's view of who has and has not acknowledged. */
public record NoticeRecord(
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
        List<NoticeReceipt> recipients) {

    /** Whether every recipient has acknowledged. */
    @JsonProperty
    public boolean acknowledged() {
        return recipients.stream().allMatch(NoticeReceipt::acknowledged);
    }
}
