package gov.supervision.query.notice;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionSentBackEvent;
import gov.supervision.core.api.task.Complexity;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.ExtensionDeniedEvent;
import gov.supervision.core.api.task.ExtensionGrantedEvent;
import gov.supervision.core.api.task.NoticeAcknowledgedEvent;
import gov.supervision.core.api.task.NoticeRecipient;
import gov.supervision.core.api.task.SourceType;
import gov.supervision.core.api.task.TaskSource;
import gov.supervision.core.api.task.UrgingNoticeSentEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.time.OfficeCalendar;
import gov.supervision.query.QueryFixtures;
import gov.supervision.query.api.notice.FindNoticeQuery;
import gov.supervision.query.api.notice.FindNoticesQuery;
import gov.supervision.query.api.notice.NoticePage;
import gov.supervision.query.api.notice.NoticeReceipt;
import gov.supervision.query.api.notice.NoticeRecord;
import gov.supervision.query.api.notice.NoticeType;
import gov.supervision.query.api.notice.NoticeView;
import gov.supervision.query.api.notice.TaskNoticesQuery;
import gov.supervision.query.api.notice.UrgingNoticeQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static gov.supervision.query.QueryFixtures.BLACK_WATER;
import static gov.supervision.query.QueryFixtures.DEVELOPMENT;
import static gov.supervision.query.QueryFixtures.ECOLOGY;
import static gov.supervision.query.QueryFixtures.GAS_PIPES;
import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.METRO;
import static gov.supervision.query.QueryFixtures.RENEWAL;
import static gov.supervision.query.QueryFixtures.STREET_OFFICE;
import static gov.supervision.query.QueryFixtures.TRANSPORT;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_LI;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_WANG;
import static gov.supervision.query.QueryFixtures.byHand;
import static gov.supervision.query.QueryFixtures.escalatedByHand;
import static gov.supervision.query.QueryFixtures.reassigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Who must act learns of it, on the fixtures' four tasks: renewal (housing, development co-operating, 王副市长),
 * metro (transport, housing co-operating, 李副市长), black water (ecology, 李副市长), and gas pipes (street office),
 * renewal's subtask.
 */
@DataJpaTest
@Import({NoticeProjection.class, NoticeQueries.class, NoticesTest.Office.class})
class NoticesTest {

    private static final NoticeRecipient HOUSING_INBOX = NoticeRecipient.department(HOUSING);
    private static final NoticeRecipient ECOLOGY_INBOX = NoticeRecipient.department(ECOLOGY);
    private static final NoticeRecipient TRANSPORT_INBOX = NoticeRecipient.department(TRANSPORT);
    private static final NoticeRecipient LI = NoticeRecipient.leader(VICE_MAYOR_LI);
    private static final Actor ECOLOGY_OFFICER = new Actor("u-9", "周科长", Set.of(Role.DEPARTMENT), ECOLOGY);

    @TestConfiguration
    static class Office {
        @Bean
        OfficeCalendar officeCalendar() {
            return QueryFixtures.CALENDAR;
        }
    }

    @Autowired
    private NoticeProjection projection;
    @Autowired
    private NoticeQueries queries;
    @Autowired
    private TestEntityManager entityManager;

    private QueryFixtures.Feed feed;

    @BeforeEach
    void fourTasks() {
        feed = new QueryFixtures.Feed(entityManager, projection).assignFourTasks();
    }

    @Test
    void anAssignmentGoesToTheLeadAndCoOperatingDepartments() {
        assertThat(recipientsOf(RENEWAL, NoticeType.TASK_ASSIGNED)).containsExactly(
                NoticeRecipient.department(HOUSING), NoticeRecipient.department(DEVELOPMENT));
        assertThat(recipientsOf(GAS_PIPES, NoticeType.TASK_ASSIGNED))
                .containsExactly(NoticeRecipient.department(STREET_OFFICE));
        assertThat(inbox(HOUSING_INBOX).items()).extracting(NoticeView::taskId, NoticeView::type)
                .containsExactly(tuple(METRO, NoticeType.TASK_ASSIGNED), tuple(RENEWAL, NoticeType.TASK_ASSIGNED));
    }

    @Test
    void aYellowWarningGoesToTheLeadDepartmentARedOneAlsoToTheLeaderAndTheOffice() {
        feed.play(METRO, byHand(METRO, "w-yellow", WarningLevel.YELLOW, "进度偏慢"));
        feed.play(BLACK_WATER, byHand(BLACK_WATER, "w-red", WarningLevel.RED, "严重滞后"));

        assertThat(recipientsOf(METRO, NoticeType.WARNING_ISSUED)).containsExactly(TRANSPORT_INBOX);
        assertThat(recipientsOf(BLACK_WATER, NoticeType.WARNING_ISSUED))
                .containsExactlyInAnyOrder(ECOLOGY_INBOX, LI, NoticeRecipient.OFFICE);
        NoticeView red = inbox(NoticeRecipient.OFFICE).items().get(0);
        assertThat(red.level()).isEqualTo("RED");
        assertThat(red.text()).isEqualTo("严重滞后");
        assertThat(red.taskTitle()).isEqualTo("黑臭水体整治");
        assertThat(red.subjectId()).isEqualTo("w-red");
    }

    @Test
    void urgingNoticesGoToTheLeadDepartmentNumberedInTheirYear() {
        feed.play(RENEWAL, new UrgingNoticeSentEvent(RENEWAL, "urging-1", "请于本周内报送进展", LocalDate.of(2023, 1, 6)));
        feed.play(METRO, new UrgingNoticeSentEvent(METRO, "urging-2", "请加快推进", null));

        assertThat(recipientsOf(RENEWAL, NoticeType.URGING_SENT)).containsExactly(HOUSING_INBOX);
        NoticeRecord first = queries.handle(new UrgingNoticeQuery(RENEWAL, "urging-1")).orElseThrow();
        assertThat(first.documentNumber()).isEqualTo("督办〔2023〕1号");
        assertThat(first.respondBy()).isEqualTo(LocalDate.of(2023, 1, 6));
        assertThat(first.leaderInCharge()).isEqualTo(VICE_MAYOR_WANG);
        assertThat(first.dueDate()).isEqualTo(QueryFixtures.END_OF_JUNE);
        assertThat(queries.handle(new UrgingNoticeQuery(METRO, "urging-2")).orElseThrow().documentNumber())
                .isEqualTo("督办〔2023〕2号");
        assertThat(queries.handle(new UrgingNoticeQuery(METRO, "urging-1"))).isEmpty();
    }

    @Test
    void anEscalationGoesToTheLeaderInChargeOrToTheCityGovernment() {
        feed.play(BLACK_WATER, escalatedByHand(BLACK_WATER, "e-1", EscalationLevel.LEADER, "需协调资金"));
        feed.play(BLACK_WATER, escalatedByHand(BLACK_WATER, "e-2", EscalationLevel.CITY_GOVERNMENT, "跨区协调"));

        assertThat(queries.handle(new TaskNoticesQuery(BLACK_WATER)).notices()).filteredOn(
                        notice -> notice.type() == NoticeType.TASK_ESCALATED)
                .extracting(NoticeRecord::subjectId, notice -> recipients(notice))
                .containsExactly(tuple("e-1", List.of(LI)), tuple("e-2", List.of(NoticeRecipient.CITY_GOVERNMENT)));
    }

    @Test
    void decisionsOnExtensionsAndCompletionsGoToTheLeadDepartment() {
        feed.play(BLACK_WATER, new ExtensionGrantedEvent(BLACK_WATER, "x-1", LocalDate.of(2023, 9, 30),
                LocalDate.of(2023, 10, 31), LocalDate.of(2023, 9, 30), "同意延期一个月"));
        feed.play(BLACK_WATER, new ExtensionDeniedEvent(BLACK_WATER, "x-2", "不同意"));
        feed.play(BLACK_WATER, new CompletionSentBackEvent(BLACK_WATER, "c-1", "佐证材料不全"));
        feed.play(BLACK_WATER, new CompletionApprovedEvent(BLACK_WATER, "c-2", "同意销号"));

        assertThat(inbox(ECOLOGY_INBOX).items()).extracting(NoticeView::type, NoticeView::subjectId).containsExactly(
                tuple(NoticeType.COMPLETION_APPROVED, "c-2"), tuple(NoticeType.COMPLETION_SENT_BACK, "c-1"),
                tuple(NoticeType.EXTENSION_DENIED, "x-2"), tuple(NoticeType.EXTENSION_GRANTED, "x-1"),
                tuple(NoticeType.TASK_ASSIGNED, null));
        assertThat(inbox(ECOLOGY_INBOX).items().get(0).dueDate())
                .as("the due date in force after the extension").isEqualTo(LocalDate.of(2023, 10, 31));
    }

    @Test
    void aProblemAndARectificationAreOneNoticeEachToTheirDepartment() {
        feed.registerProblem("problem-1", "小区噪音扰民", new TaskSource(SourceType.HOTLINE, "12345-001"),
                ECOLOGY, Complexity.GENERAL);
        feed.openRectification("rect-1", "inspection-1", "台账不全", ECOLOGY, BLACK_WATER, Complexity.COMPLEX);

        assertThat(inbox(ECOLOGY_INBOX).items()).extracting(NoticeView::taskId, NoticeView::type).containsExactly(
                tuple("rect-1", NoticeType.RECTIFICATION_OPENED), tuple("problem-1", NoticeType.PROBLEM_REGISTERED),
                tuple(BLACK_WATER, NoticeType.TASK_ASSIGNED));
    }

    @Test
    void aReassignedTaskIsAnnouncedToItsNewDepartmentsWhichGetItsLaterNotices() {
        feed.play(METRO, reassigned(METRO, TRANSPORT, ECOLOGY, "周科长"));
        feed.play(METRO, new UrgingNoticeSentEvent(METRO, "urging-1", "请加快推进", null));

        assertThat(recipientsOf(METRO, NoticeType.TASK_REASSIGNED)).containsExactly(ECOLOGY_INBOX);
        assertThat(recipientsOf(METRO, NoticeType.URGING_SENT)).containsExactly(ECOLOGY_INBOX);
        assertThat(inbox(TRANSPORT_INBOX).items()).extracting(NoticeView::type)
                .containsExactly(NoticeType.TASK_ASSIGNED);
    }

    @Test
    void aReceiptMarksItsRecipientOnlyAndLeavesTheOthersUnread() {
        feed.play(BLACK_WATER, byHand(BLACK_WATER, "w-red", WarningLevel.RED, "严重滞后"));
        String noticeId = inbox(ECOLOGY_INBOX).items().get(0).noticeId();
        feed.play(BLACK_WATER, new NoticeAcknowledgedEvent(BLACK_WATER, noticeId, ECOLOGY_INBOX), ECOLOGY_OFFICER);

        NoticePage ecology = inbox(ECOLOGY_INBOX);
        assertThat(ecology.unread()).as("the assignment is still unread").isEqualTo(1);
        assertThat(ecology.items().get(0).unread()).isFalse();
        assertThat(ecology.items().get(0).acknowledgedBy()).isEqualTo("周科长");
        assertThat(queries.handle(new FindNoticesQuery(Set.of(ECOLOGY_INBOX), true, null, null, 0, 50)).items())
                .extracting(NoticeView::type).containsExactly(NoticeType.TASK_ASSIGNED);
        NoticeRecord red = queries.handle(new FindNoticeQuery(noticeId)).orElseThrow();
        assertThat(red.recipients()).extracting(NoticeReceipt::recipient, NoticeReceipt::acknowledged)
                .containsExactlyInAnyOrder(tuple(ECOLOGY_INBOX, true), tuple(LI, false),
                        tuple(NoticeRecipient.OFFICE, false));
        assertThat(red.acknowledged()).isFalse();
    }

    @Test
    void aReplayBuildsTheSameNoticesWithTheSameNumbersAndReceipts() {
        feed.play(RENEWAL, new UrgingNoticeSentEvent(RENEWAL, "urging-1", "请报送进展", null));
        String noticeId = inbox(HOUSING_INBOX).items().get(0).noticeId();
        feed.play(RENEWAL, new NoticeAcknowledgedEvent(RENEWAL, noticeId, HOUSING_INBOX));
        NoticePage before = inbox(HOUSING_INBOX);

        feed.replay();

        assertThat(inbox(HOUSING_INBOX)).isEqualTo(before);
        assertThat(queries.handle(new UrgingNoticeQuery(RENEWAL, "urging-1")).orElseThrow().documentNumber())
                .isEqualTo("督办〔2023〕1号");
    }

    @Test
    void aCallerWithoutRecipientsHasNoNotices() {
        assertThat(queries.handle(new FindNoticesQuery(Set.of(), null, null, null, 0, 50)).total()).isZero();
    }

    private NoticePage inbox(NoticeRecipient recipient) {
        return queries.handle(new FindNoticesQuery(Set.of(recipient), null, null, null, 0, 50));
    }

    private List<NoticeRecipient> recipientsOf(String taskId, NoticeType type) {
        List<NoticeRecord> notices = queries.handle(new TaskNoticesQuery(taskId)).notices().stream()
                .filter(notice -> notice.type() == type).toList();
        assertThat(notices).hasSize(1);
        return recipients(notices.get(0));
    }

    private static List<NoticeRecipient> recipients(NoticeRecord notice) {
        return notice.recipients().stream().map(NoticeReceipt::recipient).toList();
    }
}
