package gov.supervision.query.api.notice;

import java.util.List;

/** A page of the caller's notices, and how many of all of them ({@code unread}) wait for a receipt. */
public record NoticePage(List<NoticeView> items, int page, int size, long total, long unread) {
}
