package gov.supervision.query.ledger;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.task.AccountabilityRecordedEvent;
import gov.supervision.core.api.task.AccountabilityType;
import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.CompletionSentBackEvent;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.EscalationResolvedEvent;
import gov.supervision.core.api.task.ExtensionDeniedEvent;
import gov.supervision.core.api.task.ExtensionGrantedEvent;
import gov.supervision.core.api.task.ExtensionRequestedEvent;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.ReviewRecordedEvent;
import gov.supervision.core.api.task.SourceType;
import gov.supervision.core.api.task.SubtaskClosedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.api.task.TaskClosedEvent;
import gov.supervision.core.api.task.TaskSource;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.api.task.UrgingNoticeSentEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.api.task.YearEndExplanationRecordedEvent;
import gov.supervision.query.QueryFixtures;
import gov.supervision.query.api.ledger.FindTaskQuery;
import gov.supervision.query.api.ledger.FindTasksQuery;
import gov.supervision.query.api.ledger.MilestoneView;
import gov.supervision.query.api.ledger.OpenRequestView;
import gov.supervision.query.api.ledger.OpenRequestView.RequestType;
import gov.supervision.query.api.ledger.ReportView;
import gov.supervision.query.api.ledger.TaskFilter;
import gov.supervision.query.api.ledger.TaskView;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static gov.supervision.query.QueryFixtures.DEVELOPMENT;
import static gov.supervision.query.QueryFixtures.END_OF_JUNE;
import static gov.supervision.query.QueryFixtures.END_OF_MARCH;
import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.STREET_OFFICE;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_WANG;
import static gov.supervision.query.QueryFixtures.byHand;
import static gov.supervision.query.QueryFixtures.escalatedByHand;
import static gov.supervision.query.QueryFixtures.id;
import static gov.supervision.query.QueryFixtures.oldQuarterRenewal;
import static gov.supervision.query.QueryFixtures.overdue;
import static gov.supervision.query.QueryFixtures.rows;
import static gov.supervision.query.QueryFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

@LedgerOnH2
class LedgerProjectionTest {

    @Autowired
    private LedgerProjection projection;
    @Autowired
    private LedgerQueries queries;
    @Autowired
    private TestEntityManager entityManager;

    private QueryFixtures.Feed feed;
    private final String taskId = id();

    @BeforeEach
    void setUp() {
        feed = new QueryFixtures.Feed(entityManager, projection);
    }

    private TaskView view(String id) {
        return queries.handle(new FindTaskQuery(id)).orElseThrow();
    }

    @Test
    void assignedTaskShowsEveryAssignedFieldAndStartsAssigned() {
        Instant assignedAt = feed.assign(taskId, oldQuarterRenewal());

        TaskView view = view(taskId);
        assertThat(view.title()).isEqualTo("城东老旧小区改造");
        assertThat(view.description()).isEqualTo("完成12个老旧小区的水电气改造 (Phase One)");
        assertThat(view.category()).isEqualTo(TaskCategory.MAJOR_PRIORITY);
        assertThat(view.source()).isEqualTo(new TaskSource(SourceType.MEETING_DECISION, "市政府常务会议〔2023〕1号"));
        assertThat(view.leaderInCharge()).isEqualTo(VICE_MAYOR_WANG);
        assertThat(view.leadDepartment()).isEqualTo(HOUSING);
        assertThat(view.coDepartments()).containsExactly(DEVELOPMENT);
        assertThat(view.responsiblePerson()).isEqualTo("张科长");
        assertThat(view.dueDate()).isEqualTo(END_OF_JUNE);
        assertThat(view.originalDueDate()).isEqualTo(END_OF_JUNE);
        assertThat(view.reportingCadence()).isEqualTo(ReportingCadence.MONTHLY);
        assertThat(view.milestones()).containsExactly(
                new MilestoneView("完成设计", END_OF_MARCH, false, null),
                new MilestoneView("全面开工", LocalDate.of(2023, 4, 30), false, null));
        assertThat(view.status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(view.percentComplete()).isZero();
        assertThat(view.warningLevel()).isEqualTo(WarningLevel.NONE);
        assertThat(view.escalationLevel()).isEqualTo(EscalationLevel.NONE);
        assertThat(view.overdue()).isFalse();
        assertThat(view.parentTaskId()).isNull();
        assertThat(view.subtaskIds()).isEmpty();
        assertThat(view.lastReport()).isNull();
        assertThat(view.openRequests()).isEmpty();
        assertThat(view.complexity()).isNull();
        assertThat(view.inspectionId()).isNull();
        assertThat(view.relatedTaskId()).isNull();
        assertThat(view.assignedAt()).isEqualTo(assignedAt);
        assertThat(view.updatedAt()).isEqualTo(assignedAt);
        assertThat(view.claimedAt()).isNull();
        assertThat(view.version()).isZero();
    }

    @Test
    void aTaskAssignedAndWorkedOnInOneBatchIsStoredOnceTheBatchCommitsAsTheBatchLeftIt() {
        String subtaskId = id();
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        feed.assign(taskId, oldQuarterRenewal());
        feed.play(taskId, new TaskClaimedEvent(taskId, HOUSING, "张科长"));
        feed.decompose(taskId, subtaskId, task("燃气管道改造", null, STREET_OFFICE, VICE_MAYOR_WANG, END_OF_MARCH));
        feed.play(subtaskId, new ProgressReportedEvent(subtaskId, "r-1", STREET_OFFICE, 40, "完成摸排", null));
        assertThat(rows(entityManager, "task")).as("nothing stored before the batch commits").isZero();

        batch.commit();
        entityManager.flush();
        entityManager.clear();

        assertThat(view(taskId).status()).isEqualTo(TaskStatus.CLAIMED);
        assertThat(view(taskId).subtaskPercent()).as("the subtask's report rolled up within the batch").isEqualTo(40);
        assertThat(view(subtaskId).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(view(subtaskId).version()).isEqualTo(1);
        assertThat(queries.handle(new FindTasksQuery(new TaskFilter(TaskStatus.IN_PROGRESS, null, null, null, null,
                null, null, null, null, null, HOUSING), 0, 20, null)).items()).extracting(TaskView::taskId)
                .as("seen from above, with the status the batch left it").containsExactly(subtaskId);
    }

    @Test
    void aBatchAsAProcessorHandsItOverWorksOnTasksStoredByEarlierBatchesAndOnItsOwn() {
        String subtaskId = id();
        String otherId = id();
        feed.assign(taskId, oldQuarterRenewal());
        feed.assign(otherId, task("黑臭水体治理", null, STREET_OFFICE, VICE_MAYOR_WANG, END_OF_MARCH));

        feed.inOneBatch(() -> {
            feed.play(taskId, new TaskClaimedEvent(taskId, HOUSING, "张科长"));
            feed.decompose(taskId, subtaskId, task("燃气管道改造", null, STREET_OFFICE, VICE_MAYOR_WANG, END_OF_MARCH));
            feed.play(subtaskId, new ProgressReportedEvent(subtaskId, "r-1", STREET_OFFICE, 40, "完成摸排", null));
            feed.play(otherId, new ProgressReportedEvent(otherId, "r-2", STREET_OFFICE, 70, "完成清淤", null));
            feed.redeliver(otherId, 0, new TaskAssignedEvent(otherId, null,
                    task("黑臭水体治理", null, STREET_OFFICE, VICE_MAYOR_WANG, END_OF_MARCH), Set.of(), Set.of()));
        });

        assertThat(view(taskId).status()).isEqualTo(TaskStatus.CLAIMED);
        assertThat(view(taskId).subtaskIds()).containsExactly(subtaskId);
        assertThat(view(taskId).subtaskPercent()).as("rolled up into a line an earlier batch stored").isEqualTo(40);
        assertThat(view(subtaskId).category()).as("the stored parent's").isEqualTo(TaskCategory.MAJOR_PRIORITY);
        assertThat(view(otherId).percentComplete()).isEqualTo(70);
        assertThat(view(otherId).version()).as("the redelivered assignment changed nothing").isEqualTo(1);
        assertThat(queries.handle(new FindTasksQuery(new TaskFilter(TaskStatus.IN_PROGRESS, null, null, null, null,
                null, null, null, null, null, HOUSING), 0, 20, null)).items()).extracting(TaskView::taskId)
                .as("the subtask seen from its stored parent's department").containsExactly(subtaskId);
        assertThat(queries.handle(new FindTasksQuery(new TaskFilter(TaskStatus.CLAIMED, null, null, null, null,
                null, null, null, null, null, HOUSING), 0, 20, null)).total())
                .as("the stored parent's rows follow its claim").isEqualTo(1);
    }

    @Test
    void unknownTaskIsNotFound() {
        assertThat(queries.handle(new FindTaskQuery("no-such-task"))).isEmpty();
    }

    @Test
    void claimingNamesTheResponsiblePerson() {
        feed.assign(taskId, oldQuarterRenewal());
        Instant claimedAt = feed.play(taskId, new TaskClaimedEvent(taskId, HOUSING, "李主任"));

        TaskView view = view(taskId);
        assertThat(view.status()).isEqualTo(TaskStatus.CLAIMED);
        assertThat(view.responsiblePerson()).isEqualTo("李主任");
        assertThat(view.claimedAt()).isEqualTo(claimedAt);
        assertThat(view.version()).isEqualTo(1);
    }

    @Test
    void firstProgressReportStartsTheWorkAndBecomesTheLastReport() {
        feed.assign(taskId, oldQuarterRenewal());
        feed.play(taskId, new TaskClaimedEvent(taskId, HOUSING, "李主任"));
        feed.play(taskId, new ProgressReportedEvent(taskId, "r-1", HOUSING, 20, "设计招标完成", null));
        Instant reportedAt = feed.play(taskId,
                new ProgressReportedEvent(taskId, "r-2", DEVELOPMENT, 35, "资金已下达", null));

        TaskView view = view(taskId);
        assertThat(view.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(view.percentComplete()).isEqualTo(35);
        assertThat(view.lastReport()).isEqualTo(new ReportView("r-2", DEVELOPMENT, 35, "资金已下达", null, reportedAt));
    }

    @Test
    void reportNamingAMilestoneMarksItReachedAtThatTime() {
        feed.assign(taskId, oldQuarterRenewal());
        Instant reportedAt = feed.play(taskId,
                new ProgressReportedEvent(taskId, "r-1", HOUSING, 30, "设计全部完成", "完成设计"));

        assertThat(view(taskId).milestones()).containsExactly(
                new MilestoneView("完成设计", END_OF_MARCH, true, reportedAt),
                new MilestoneView("全面开工", LocalDate.of(2023, 4, 30), false, null));
    }

    @Test
    void warningLevelKeepsTheMoreSevereWarning() {
        feed.assign(taskId, oldQuarterRenewal());
        feed.play(taskId, byHand(taskId, "w-1", WarningLevel.YELLOW, "进度滞后"));
        assertThat(view(taskId).warningLevel()).isEqualTo(WarningLevel.YELLOW);

        feed.play(taskId, overdue(taskId, END_OF_JUNE), Actor.SYSTEM);
        feed.play(taskId, byHand(taskId, "w-3", WarningLevel.YELLOW, "报告缺失"));

        assertThat(view(taskId).warningLevel()).isEqualTo(WarningLevel.RED);
    }

    @Test
    void escalationLevelIsTheHighestOpenEscalationAndNoneOnceAllAreResolved() {
        feed.assign(taskId, oldQuarterRenewal());
        feed.play(taskId, escalatedByHand(taskId, "e-1", EscalationLevel.LEADER, "协调用地"));
        assertThat(view(taskId).escalationLevel()).isEqualTo(EscalationLevel.LEADER);

        feed.play(taskId, escalatedByHand(taskId, "e-2", EscalationLevel.CITY_GOVERNMENT, "跨区协调"));
        assertThat(view(taskId).escalationLevel()).isEqualTo(EscalationLevel.CITY_GOVERNMENT);

        feed.play(taskId, new EscalationResolvedEvent(taskId, "e-2", EscalationLevel.CITY_GOVERNMENT, "市政府统筹"));
        assertThat(view(taskId).escalationLevel()).isEqualTo(EscalationLevel.LEADER);

        feed.play(taskId, new EscalationResolvedEvent(taskId, "e-1", EscalationLevel.LEADER, "分管领导协调解决"));
        assertThat(view(taskId).escalationLevel()).isEqualTo(EscalationLevel.NONE);
    }

    @Test
    void extensionRequestWaitsForDecisionAndGrantMovesTheDueDateButNotTheOriginal() {
        LocalDate endOfJuly = LocalDate.of(2023, 7, 31);
        feed.assign(taskId, oldQuarterRenewal());
        Instant requestedAt = feed.play(taskId,
                new ExtensionRequestedEvent(taskId, "x-1", END_OF_JUNE, endOfJuly, "雨季停工"));

        assertThat(view(taskId).openRequests()).containsExactly(
                new OpenRequestView("x-1", RequestType.EXTENSION, requestedAt, endOfJuly, "雨季停工"));

        feed.play(taskId, new ExtensionGrantedEvent(taskId, "x-1", END_OF_JUNE, endOfJuly, END_OF_JUNE, "同意"));

        TaskView view = view(taskId);
        assertThat(view.dueDate()).isEqualTo(endOfJuly);
        assertThat(view.originalDueDate()).isEqualTo(END_OF_JUNE);
        assertThat(view.openRequests()).isEmpty();
    }

    @Test
    void deniedExtensionKeepsTheDueDateAndClosesTheRequest() {
        feed.assign(taskId, oldQuarterRenewal());
        feed.play(taskId, new ExtensionRequestedEvent(taskId, "x-1", END_OF_JUNE, LocalDate.of(2023, 9, 30), "资金不足"));
        feed.play(taskId, new ExtensionDeniedEvent(taskId, "x-1", "理由不充分"));

        TaskView view = view(taskId);
        assertThat(view.dueDate()).isEqualTo(END_OF_JUNE);
        assertThat(view.openRequests()).isEmpty();
    }

    @Test
    void approvedCompletionCompletesAtFullPercentAndClearsTheWarning() {
        feed.assign(taskId, oldQuarterRenewal());
        feed.play(taskId, new ProgressReportedEvent(taskId, "r-1", HOUSING, 90, "基本完成", null));
        feed.play(taskId, byHand(taskId, "w-1", WarningLevel.YELLOW, "临近期限"));
        Instant requestedAt = feed.play(taskId,
                new CompletionRequestedEvent(taskId, "c-1", "全部改造完毕", List.of("验收报告.pdf")));

        TaskView waiting = view(taskId);
        assertThat(waiting.status()).isEqualTo(TaskStatus.COMPLETION_REQUESTED);
        assertThat(waiting.openRequests()).containsExactly(
                new OpenRequestView("c-1", RequestType.COMPLETION, requestedAt, null, "全部改造完毕"));

        Instant approvedAt = feed.play(taskId, new CompletionApprovedEvent(taskId, "c-1", "验收合格"));

        TaskView completed = view(taskId);
        assertThat(completed.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(completed.percentComplete()).isEqualTo(100);
        assertThat(completed.warningLevel()).isEqualTo(WarningLevel.NONE);
        assertThat(completed.completedAt()).isEqualTo(approvedAt);
        assertThat(completed.openRequests()).isEmpty();
    }

    @Test
    void completionSentBackReturnsTheTaskToWork() {
        feed.assign(taskId, oldQuarterRenewal());
        feed.play(taskId, new ProgressReportedEvent(taskId, "r-1", HOUSING, 95, "基本完成", null));
        feed.play(taskId, new CompletionRequestedEvent(taskId, "c-1", "申请销号", List.of()));
        feed.play(taskId, new CompletionSentBackEvent(taskId, "c-1", "佐证材料不全"));

        TaskView view = view(taskId);
        assertThat(view.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(view.percentComplete()).isEqualTo(95);
        assertThat(view.openRequests()).isEmpty();
        assertThat(view.completedAt()).isNull();
    }

    @Test
    void closureStrikesTheTaskOff() {
        feed.assign(taskId, oldQuarterRenewal());
        feed.play(taskId, new CompletionRequestedEvent(taskId, "c-1", "完成", List.of()));
        feed.play(taskId, new CompletionApprovedEvent(taskId, "c-1", null));
        Instant closedAt = feed.play(taskId, new TaskClosedEvent(taskId, null, "销号"));

        TaskView view = view(taskId);
        assertThat(view.status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(view.closedAt()).isEqualTo(closedAt);
        assertThat(view.version()).isEqualTo(3);
    }

    @Test
    void decomposedTaskListsItsSubtasksAndTheSubtaskKnowsItsParent() {
        String first = id();
        String second = id();
        feed.assign(taskId, oldQuarterRenewal());
        feed.decompose(taskId, first, task("燃气管道改造", null, STREET_OFFICE, VICE_MAYOR_WANG, END_OF_MARCH));
        feed.decompose(taskId, second, task("雨污分流", TaskCategory.WEAKNESS, STREET_OFFICE, VICE_MAYOR_WANG, END_OF_MARCH));

        assertThat(view(taskId).subtaskIds()).containsExactly(first, second);
        assertThat(view(first).parentTaskId()).isEqualTo(taskId);
        assertThat(view(first).category()).as("inherited from the parent").isEqualTo(TaskCategory.MAJOR_PRIORITY);
        assertThat(view(second).category()).isEqualTo(TaskCategory.WEAKNESS);
    }

    @Test
    void everyEventMovesVersionAndLastChangeEvenWithoutOtherEffect() {
        feed.assign(taskId, oldQuarterRenewal());
        feed.play(taskId, new UrgingNoticeSentEvent(taskId, "u-1", "请加快进度", null));
        feed.play(taskId, new SubtaskClosedEvent(taskId, "sub-1"));
        feed.play(taskId, new AccountabilityRecordedEvent(taskId, "a-1", AccountabilityType.ADMONISHMENT_TALK, "某局", "推进不力"));
        feed.play(taskId, new YearEndExplanationRecordedEvent(taskId, 2023, "受汛期影响"));
        Instant reviewedAt = feed.play(taskId, new ReviewRecordedEvent(taskId, "v-1", "提前谋划"));

        TaskView view = view(taskId);
        assertThat(view.version()).isEqualTo(5);
        assertThat(view.updatedAt()).isEqualTo(reviewedAt);
        assertThat(view.status()).isEqualTo(TaskStatus.ASSIGNED);
    }

    @Test
    void redeliveredEventIsNotAppliedTwice() {
        feed.assign(taskId, oldQuarterRenewal());
        feed.play(taskId, escalatedByHand(taskId, "e-1", EscalationLevel.LEADER, "协调"));
        feed.play(taskId, new EscalationResolvedEvent(taskId, "e-1", EscalationLevel.LEADER, "已协调"));

        feed.redeliver(taskId, 1, escalatedByHand(taskId, "e-1", EscalationLevel.LEADER, "协调"));
        feed.redeliver(taskId, 0, new TaskAssignedEvent(taskId, null, oldQuarterRenewal(), Set.of(), Set.of()));

        TaskView view = view(taskId);
        assertThat(view.escalationLevel()).isEqualTo(EscalationLevel.NONE);
        assertThat(view.version()).isEqualTo(2);
    }

    @Test
    void resetEmptiesTheLedgerSoThatReplayRebuildsIt() {
        feed.assign(taskId, oldQuarterRenewal());
        feed.play(taskId, new TaskClaimedEvent(taskId, HOUSING, "李主任"));

        feed.reset();
        assertThat(queries.handle(new FindTaskQuery(taskId))).isEmpty();

        QueryFixtures.Feed replay = new QueryFixtures.Feed(entityManager, projection);
        replay.assign(taskId, oldQuarterRenewal());
        replay.play(taskId, new TaskClaimedEvent(taskId, HOUSING, "李主任"));
        assertThat(view(taskId).status()).isEqualTo(TaskStatus.CLAIMED);
    }
}
