package gov.supervision.query.notice;

import gov.supervision.core.api.task.NoticeRecipient;
import gov.supervision.query.api.notice.FindNoticeQuery;
import gov.supervision.query.api.notice.FindNoticesQuery;
import gov.supervision.query.api.notice.NoticePage;
import gov.supervision.query.api.notice.NoticeReceipt;
import gov.supervision.query.api.notice.NoticeRecord;
import gov.supervision.query.api.notice.NoticeType;
import gov.supervision.query.api.notice.NoticeView;
import gov.supervision.query.api.notice.TaskNotices;
import gov.supervision.query.api.notice.TaskNoticesQuery;
import gov.supervision.query.api.notice.UrgingNoticeQuery;
import gov.supervision.query.common.Paging;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The notices: a recipient's inbox, one notice with its receipts, and a task's notices. */
@Component
class NoticeQueries {

    private static final String NOTICE_COLUMNS = "n.notice_id, n.task_id, n.type, n.subject_id, n.level, n.text, "
            + "n.respond_by, n.document_number, n.task_title, n.lead_department, n.leader_in_charge, n.due_date, "
            + "n.sent_at, n.sent_by";

    private final NamedParameterJdbcTemplate jdbc;

    NoticeQueries(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    @QueryHandler
    NoticePage handle(FindNoticesQuery query) {
        Paging.check(query.page(), query.size());
        if (query.recipients().isEmpty()) {
            return new NoticePage(List.of(), query.page(), query.size(), 0, 0);
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        List<String> addressed = new ArrayList<>();
        int i = 0;
        for (NoticeRecipient recipient : query.recipients()) {
            addressed.add("(r.kind = :kind" + i + " and r.recipient = :recipient" + i + ")");
            parameters.addValue("kind" + i, recipient.kind().name());
            parameters.addValue("recipient" + i, recipient.key());
            i++;
        }
        StringBuilder where = new StringBuilder(" where (" + String.join(" or ", addressed) + ")");
        if (query.type() != null) {
            where.append(" and n.type = :type");
            parameters.addValue("type", query.type().name());
        }
        if (query.taskId() != null) {
            where.append(" and n.task_id = :taskId");
            parameters.addValue("taskId", query.taskId());
        }
        String from = " from notice_recipient r join notice n on n.notice_id = r.notice_id";
        long unread = count("select count(*)" + from + where + " and r.acknowledged_at is null", parameters);
        if (Boolean.TRUE.equals(query.unread())) {
            where.append(" and r.acknowledged_at is null");
        } else if (Boolean.FALSE.equals(query.unread())) {
            where.append(" and r.acknowledged_at is not null");
        }
        long total = count("select count(*)" + from + where, parameters);
        parameters.addValue("limit", query.size());
        parameters.addValue("offset", (long) query.page() * query.size());
        List<NoticeView> items = jdbc.query("select " + NOTICE_COLUMNS + ", r.kind, r.recipient, r.acknowledged_at, "
                        + "r.acknowledged_by" + from + where
                        + " order by r.position desc, n.notice_id, r.kind, r.recipient limit :limit offset :offset",
                parameters, (rs, row) -> NoticeView.of(record(rs), receipt(rs)));
        return new NoticePage(items, query.page(), query.size(), total, unread);
    }

    @QueryHandler
    Optional<NoticeRecord> handle(FindNoticeQuery query) {
        return records("n.notice_id = :id", new MapSqlParameterSource("id", query.noticeId())).stream().findFirst();
    }

    @QueryHandler
    TaskNotices handle(TaskNoticesQuery query) {
        return new TaskNotices(query.taskId(),
                records("n.task_id = :taskId", new MapSqlParameterSource("taskId", query.taskId())));
    }

    @QueryHandler
    Optional<NoticeRecord> handle(UrgingNoticeQuery query) {
        return records("n.task_id = :taskId and n.subject_id = :urgingId and n.type = 'URGING_SENT'",
                new MapSqlParameterSource("taskId", query.taskId()).addValue("urgingId", query.urgingId()))
                .stream().findFirst();
    }

    private List<NoticeRecord> records(String condition, MapSqlParameterSource parameters) {
        Map<String, NoticeRecord> notices = new LinkedHashMap<>();
        jdbc.query("select " + NOTICE_COLUMNS + ", r.kind, r.recipient, r.acknowledged_at, r.acknowledged_by "
                + "from notice n join notice_recipient r on r.notice_id = n.notice_id where " + condition
                + " order by n.position, n.notice_id, r.kind, r.recipient", parameters, rs -> {
                    NoticeRecord notice = notices.computeIfAbsent(rs.getString("notice_id"), id -> record(rs));
                    notice.recipients().add(receipt(rs));
                });
        return notices.values().stream()
                .map(notice -> new NoticeRecord(notice.noticeId(), notice.taskId(), notice.type(),
                        notice.subjectId(), notice.level(), notice.text(), notice.respondBy(),
                        notice.documentNumber(), notice.taskTitle(), notice.leadDepartment(),
                        notice.leaderInCharge(), notice.dueDate(), notice.sentAt(), notice.sentBy(),
                        List.copyOf(notice.recipients())))
                .toList();
    }

    private static NoticeRecord record(ResultSet rs) {
        try {
            return new NoticeRecord(rs.getString("notice_id"), rs.getString("task_id"),
                    NoticeType.valueOf(rs.getString("type")), rs.getString("subject_id"), rs.getString("level"),
                    rs.getString("text"), rs.getObject("respond_by", LocalDate.class),
                    rs.getString("document_number"), rs.getString("task_title"), rs.getString("lead_department"),
                    rs.getString("leader_in_charge"), rs.getObject("due_date", LocalDate.class),
                    instant(rs, "sent_at"), rs.getString("sent_by"), new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static NoticeReceipt receipt(ResultSet rs) throws SQLException {
        Instant acknowledgedAt = instant(rs, "acknowledged_at");
        return new NoticeReceipt(
                new NoticeRecipient(NoticeRecipient.Kind.valueOf(rs.getString("kind")), rs.getString("recipient")),
                acknowledgedAt != null, acknowledgedAt, rs.getString("acknowledged_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private long count(String sql, MapSqlParameterSource parameters) {
        Long count = jdbc.queryForObject(sql, parameters, Long.class);
        return count == null ? 0 : count;
    }
}
