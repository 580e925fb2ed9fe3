package gov.supervision.query.notice;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionSentBackEvent;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.ExtensionDeniedEvent;
import gov.supervision.core.api.task.ExtensionGrantedEvent;
import gov.supervision.core.api.task.NoticeAcknowledgedEvent;
import gov.supervision.core.api.task.NoticeRecipient;
import gov.supervision.core.api.task.ProblemRegisteredEvent;
import gov.supervision.core.api.task.RectificationOpenedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.TaskReassignedEvent;
import gov.supervision.core.api.task.UrgingNoticeSentEvent;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.time.OfficeCalendar;
import gov.supervision.query.api.notice.NoticeType;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who must act learns of it: every event that asks someone to act becomes a notice (通知), addressed as the office
 * addresses it. Assignment and reassignment go to the lead and co-operating departments; a warning to the lead
 * department, a red one also to the leader in charge and the office; an urging notice to the lead department; an
 * escalation to the leader in charge, or to the city-government leaders; decisions on extensions and completions,
 * problems and rectifications to the lead department. A problem's or rectification's assignment is one notice,
 * of the problem or rectification. Receipts (签收) are events of the task and mark the recipient's row.
 * <p>
 * One segment, on purpose: notices are numbered in the order of the store ({@code position}), and urging notices
 * in their year across all tasks. A notice is keyed by the id of its event, so a redelivered event finds its notice
 * and changes nothing.
 */
@Component
@ProcessingGroup("notices")
class NoticeProjection {

    private final JdbcTemplate jdbc;
    private final OfficeCalendar calendar;

    NoticeProjection(DataSource dataSource, OfficeCalendar calendar) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.calendar = calendar;
    }

    @EventHandler
    void on(TaskAssignedEvent event, EventMessage<?> message) {
        if (count("select count(*) from notice_task where task_id = ?", event.taskId()) == 0) {
            jdbc.update("insert into notice_task (task_id, title, lead_department, lead_key, leader_in_charge, "
                            + "leader_key, due_date) values (?, ?, ?, ?, ?, ?, ?)",
                    event.taskId(), event.details().title(), event.details().leadDepartment(),
                    event.details().leadDepartmentKey(), event.details().leaderInCharge(),
                    event.details().leaderKey(), date(event.details().dueDate()));
        }
        Set<NoticeRecipient> departments = departments(event.details().leadDepartmentKey(),
                event.details().coDepartmentKeys());
        notify(message, new Notice(event.taskId(), NoticeType.TASK_ASSIGNED, null, null,
                event.details().description(), null), departments);
    }

    @EventHandler
    void on(ProblemRegisteredEvent event) {
        originOfAssignment(event.taskId(), NoticeType.PROBLEM_REGISTERED, event.complexity().name());
    }

    @EventHandler
    void on(RectificationOpenedEvent event) {
        originOfAssignment(event.taskId(), NoticeType.RECTIFICATION_OPENED, event.complexity().name());
    }

    @EventHandler
    void on(TaskReassignedEvent event, EventMessage<?> message) {
        jdbc.update("update notice_task set lead_department = ?, lead_key = ? where task_id = ?",
                event.leadDepartment(), event.leadDepartmentKey(), event.taskId());
        notify(message, new Notice(event.taskId(), NoticeType.TASK_REASSIGNED, null, null, event.reason(),
                null), departments(event.leadDepartmentKey(), event.coDepartmentKeys()));
    }

    @EventHandler
    void on(WarningIssuedEvent event, EventMessage<?> message) {
        TaskCopy task = task(event.taskId());
        Set<NoticeRecipient> recipients = new LinkedHashSet<>(departments(task.leadKey(), List.of()));
        if (event.level() == WarningLevel.RED) {
            recipients.addAll(leader(task));
            recipients.add(NoticeRecipient.OFFICE);
        }
        notify(message, new Notice(event.taskId(), NoticeType.WARNING_ISSUED, event.warningId(),
                event.level().name(), event.reason(), null), recipients);
    }

    @EventHandler
    void on(UrgingNoticeSentEvent event, EventMessage<?> message) {
        TaskCopy task = task(event.taskId());
        notify(message, new Notice(event.taskId(), NoticeType.URGING_SENT, event.urgingId(), null,
                event.message(), event.respondBy()), departments(task.leadKey(), List.of()));
    }

    @EventHandler
    void on(TaskEscalatedEvent event, EventMessage<?> message) {
        Set<NoticeRecipient> recipients = event.level() == EscalationLevel.CITY_GOVERNMENT
                ? Set.of(NoticeRecipient.CITY_GOVERNMENT) : leader(task(event.taskId()));
        notify(message, new Notice(event.taskId(), NoticeType.TASK_ESCALATED, event.escalationId(),
                event.level().name(), event.reason(), null), recipients);
    }

    @EventHandler
    void on(ExtensionGrantedEvent event, EventMessage<?> message) {
        jdbc.update("update notice_task set due_date = ? where task_id = ?", date(event.newDueDate()),
                event.taskId());
        decided(message, event.taskId(), NoticeType.EXTENSION_GRANTED, event.requestId(), event.comment());
    }

    @EventHandler
    void on(ExtensionDeniedEvent event, EventMessage<?> message) {
        decided(message, event.taskId(), NoticeType.EXTENSION_DENIED, event.requestId(), event.comment());
    }

    @EventHandler
    void on(CompletionApprovedEvent event, EventMessage<?> message) {
        decided(message, event.taskId(), NoticeType.COMPLETION_APPROVED, event.requestId(), event.comment());
    }

    @EventHandler
    void on(CompletionSentBackEvent event, EventMessage<?> message) {
        decided(message, event.taskId(), NoticeType.COMPLETION_SENT_BACK, event.requestId(),
                event.comment());
    }

    @EventHandler
    void on(NoticeAcknowledgedEvent event, EventMessage<?> message) {
        jdbc.update("update notice_recipient set acknowledged_at = ?, acknowledged_by = ? "
                        + "where notice_id = ? and kind = ? and recipient = ? and acknowledged_at is null",
                Timestamp.from(message.getTimestamp()), Actor.fromMetaData(message.getMetaData()).name(),
                event.noticeId(), event.recipient().kind().name(), event.recipient().key());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from notice_recipient");
        jdbc.update("delete from notice");
        jdbc.update("delete from notice_task");
        jdbc.update("delete from notice_counter");
    }

    private void decided(EventMessage<?> message, String taskId, NoticeType type,
                         String requestId, String comment) {
        notify(message, new Notice(taskId, type, requestId, null, comment, null),
                departments(task(taskId).leadKey(), List.of()));
    }

    /** The assignment's notice is the problem's (or rectification's): the same event of the task asks for it. */
    private void originOfAssignment(String taskId, NoticeType type, String complexity) {
        jdbc.update("update notice set type = ?, level = ? where task_id = ? and type = ?", type.name(), complexity,
                taskId, NoticeType.TASK_ASSIGNED.name());
    }

    private record Notice(String taskId, NoticeType type, String subjectId, String level, String text,
                          LocalDate respondBy) {
    }

    private void notify(EventMessage<?> message, Notice notice, Set<NoticeRecipient> recipients) {
        String noticeId = message.getIdentifier();
        if (recipients.isEmpty() || count("select count(*) from notice where notice_id = ?", noticeId) > 0) {
            return;
        }
        long position = next("position");
        TaskCopy task = task(notice.taskId());
        jdbc.update("insert into notice (notice_id, position, task_id, type, subject_id, level, text, respond_by, "
                        + "document_number, task_title, lead_department, leader_in_charge, due_date, sent_at, sent_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                noticeId, position, notice.taskId(), notice.type().name(), notice.subjectId(), notice.level(),
                notice.text(), date(notice.respondBy()),
                notice.type() == NoticeType.URGING_SENT ? nextUrgingNumber(message) : null, task.title(),
                task.leadDepartment(), task.leaderInCharge(), date(task.dueDate()),
                Timestamp.from(message.getTimestamp()), Actor.fromMetaData(message.getMetaData()).name());
        List<Object[]> rows = new ArrayList<>();
        for (NoticeRecipient recipient : recipients) {
            rows.add(new Object[]{noticeId, recipient.kind().name(), recipient.key(), position});
        }
        jdbc.batchUpdate("insert into notice_recipient (notice_id, kind, recipient, position) values (?, ?, ?, ?)",
                rows);
    }

    /** 督办〔2026〕3号: the third urging notice of the office's year 2026. */
    private String nextUrgingNumber(EventMessage<?> message) {
        int year = calendar.yearOf(message.getTimestamp());
        return UrgingNumbers.number(UrgingNumbers.prefix(year), next("urging-" + year));
    }

    /** The next value of one of the notices' counters (notice_counter), from 1. */
    private long next(String counter) {
        if (jdbc.update("update notice_counter set last_given = last_given + 1 where counter = ?", counter) == 0) {
            jdbc.update("insert into notice_counter (counter, last_given) values (?, 1)", counter);
            return 1;
        }
        return count("select last_given from notice_counter where counter = ?", counter);
    }

    private static Set<NoticeRecipient> departments(String lead, List<String> co) {
        Set<NoticeRecipient> recipients = new LinkedHashSet<>();
        if (lead != null) {
            recipients.add(NoticeRecipient.department(lead));
        }
        co.stream().filter(Objects::nonNull).map(NoticeRecipient::department).forEach(recipients::add);
        return recipients;
    }

    private static Set<NoticeRecipient> leader(TaskCopy task) {
        return task.leaderKey() == null ? Set.of() : Set.of(NoticeRecipient.leader(task.leaderKey()));
    }

    private record TaskCopy(String title, String leadDepartment, String leadKey, String leaderInCharge,
                            String leaderKey, LocalDate dueDate) {
        static final TaskCopy UNKNOWN = new TaskCopy(null, null, null, null, null, null);
    }

    private TaskCopy task(String taskId) {
        List<TaskCopy> found = jdbc.query("select title, lead_department, lead_key, leader_in_charge, leader_key, "
                        + "due_date from notice_task where task_id = ?",
                (rs, i) -> new TaskCopy(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class)), taskId);
        return found.isEmpty() ? TaskCopy.UNKNOWN : found.get(0);
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
