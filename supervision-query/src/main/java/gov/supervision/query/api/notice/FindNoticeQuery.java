package gov.supervision.query.api.notice;

/** One notice with every recipient and receipt, if there is one by that id. */
public record FindNoticeQuery(String noticeId) {
}
