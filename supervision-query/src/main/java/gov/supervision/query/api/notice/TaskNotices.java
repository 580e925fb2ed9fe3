package gov.supervision.query.api.notice;

import java.util.List;

/** The notices of one task, oldest first. */
public record TaskNotices(String taskId, List<NoticeRecord> notices) {
}
