package gov.supervision.core.task;

import gov.supervision.core.api.task.AccountabilityRecordedEvent;
import gov.supervision.core.api.task.AccountabilityType;
import gov.supervision.core.api.task.CloseTaskCommand;
import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.CompletionSentBackEvent;
import gov.supervision.core.api.task.DecideCompletionCommand;
import gov.supervision.core.api.task.ExcusedFailure;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.RecordAccountabilityCommand;
import gov.supervision.core.api.task.RecordReviewCommand;
import gov.supervision.core.api.task.RecordSubtaskClosedCommand;
import gov.supervision.core.api.task.RecordYearEndExplanationCommand;
import gov.supervision.core.api.task.RequestCompletionCommand;
import gov.supervision.core.api.task.ReviewRecordedEvent;
import gov.supervision.core.api.task.SubtaskAddedEvent;
import gov.supervision.core.api.task.SubtaskClosedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskClosedEvent;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.core.api.task.YearEndExplanationRecordedEvent;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gov.supervision.core.api.common.RuleViolation.*;
import static gov.supervision.core.task.TaskFixtures.*;

class CompletionClosureReviewTest {

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void leadDepartmentAsksForCompletionToBeVerified() {
        fixture.given(inProgressTask())
                .when(new RequestCompletionCommand(TASK_ID, COMPLETION_ID, "已全部完成", List.of("验收报告.pdf"), null),
                        by(LEAD_DEPARTMENT))
                .expectEvents(completionRequested())
                .expectResultMessagePayload(3L);
    }

    @Test
    void cannotAskForCompletionBeforeTheTaskIsClaimed() {
        fixture.given(assigned())
                .when(new RequestCompletionCommand(TASK_ID, COMPLETION_ID, "已完成", List.of(), null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(TASK_NOT_CLAIMED));
    }

    @Test
    void cannotAskForCompletionTwiceBeforeADecision() {
        fixture.given(completionRequestedTask())
                .when(new RequestCompletionCommand(TASK_ID, "completion-2", "已完成", List.of(), null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(COMPLETION_ALREADY_REQUESTED));
    }

    @Test
    void cannotAskForCompletionOfACompletedTask() {
        fixture.given(completedTask())
                .when(new RequestCompletionCommand(TASK_ID, "completion-2", "已完成", List.of(), null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(TASK_COMPLETED));
    }

    @Test
    void cannotAskForCompletionOfAClosedTask() {
        fixture.given(closedTask())
                .when(new RequestCompletionCommand(TASK_ID, "completion-2", "已完成", List.of(), null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(TASK_CLOSED));
    }

    @Test
    void approvalCompletesTheTaskAndClearsItsWarning() {
        fixture.given(assigned(), claimed(), reported(90, null),
                        new WarningIssuedEvent(TASK_ID, "warning-1", WarningLevel.YELLOW, "节点临近", null, Map.of()),
                        completionRequested())
                .when(new DecideCompletionCommand(TASK_ID, COMPLETION_ID, true, "经核查属实", null), by(SUPERVISOR))
                .expectEvents(completionApproved(),
                        new WarningLiftedEvent(TASK_ID, "warning-1", WarningLevel.YELLOW, null, LiftReason.COMPLETED))
                .expectResultMessagePayload(6L);
    }

    @Test
    void sendingBackPutsTheTaskBackToWork() {
        fixture.given(completionRequestedTask())
                .when(new DecideCompletionCommand(TASK_ID, COMPLETION_ID, false, "佐证材料不全", null), by(SUPERVISOR))
                .expectEvents(new CompletionSentBackEvent(TASK_ID, COMPLETION_ID, "佐证材料不全"));
    }

    @Test
    void taskSentBackMayAskForCompletionAgain() {
        fixture.given(completionRequestedTask())
                .andGiven(new CompletionSentBackEvent(TASK_ID, COMPLETION_ID, "佐证材料不全"))
                .when(new RequestCompletionCommand(TASK_ID, "completion-2", "已补充材料", List.of("补充材料.pdf"), null),
                        by(LEAD_DEPARTMENT))
                .expectEvents(new CompletionRequestedEvent(TASK_ID, "completion-2", "已补充材料", List.of("补充材料.pdf"),
                        true));
    }

    @Test
    void cannotDecideACompletionRequestTheTaskDoesNotHave() {
        fixture.given(completionRequestedTask())
                .when(new DecideCompletionCommand(TASK_ID, "no-such-request", true, "同意", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(UNKNOWN_REQUEST));
    }

    @Test
    void cannotDecideACompletionRequestThatWasSentBack() {
        fixture.given(completionRequestedTask())
                .andGiven(new CompletionSentBackEvent(TASK_ID, COMPLETION_ID, "佐证材料不全"))
                .when(new DecideCompletionCommand(TASK_ID, COMPLETION_ID, true, "同意", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(REQUEST_ALREADY_DECIDED));
    }

    @Test
    void cannotDecideCompletionOfAClosedTask() {
        fixture.given(closedTask())
                .when(new DecideCompletionCommand(TASK_ID, COMPLETION_ID, true, "同意", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(TASK_CLOSED));
    }

    @Test
    void supervisorStrikesOffACompletedTask() {
        fixture.given(completedTask())
                .when(new CloseTaskCommand(TASK_ID, "销号", null), by(SUPERVISOR))
                .expectEvents(closed())
                .expectResultMessagePayload(5L);
    }

    @Test
    void closingASubtaskNamesItsParent() {
        fixture.given(new TaskAssignedEvent(SUBTASK_ID, PARENT_TASK_ID, subtaskDetails(DUE)
                                .withCategory(TaskCategory.MAJOR_PRIORITY), Set.of(LEAD), Set.of(LEAD, CO)),
                        new CompletionRequestedEvent(SUBTASK_ID, COMPLETION_ID, "已完成", List.of()),
                        new CompletionApprovedEvent(SUBTASK_ID, COMPLETION_ID, "属实"))
                .when(new CloseTaskCommand(SUBTASK_ID, "子任务销号", null), by(SUPERVISOR))
                .expectEvents(new TaskClosedEvent(SUBTASK_ID, PARENT_TASK_ID, "子任务销号"));
    }

    @Test
    void cannotCloseBeforeCompletionIsApproved() {
        fixture.given(completionRequestedTask())
                .when(new CloseTaskCommand(TASK_ID, "销号", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(COMPLETION_NOT_APPROVED));
    }

    @Test
    void cannotCloseATaskStillInProgress() {
        fixture.given(inProgressTask())
                .when(new CloseTaskCommand(TASK_ID, "销号", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(COMPLETION_NOT_APPROVED));
    }

    @Test
    void cannotCloseATaskTwice() {
        fixture.given(closedTask())
                .when(new CloseTaskCommand(TASK_ID, "再次销号", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(TASK_CLOSED));
    }

    @Test
    void cannotCloseWhileASubtaskIsOpen() {
        fixture.given(assigned(), new SubtaskAddedEvent(TASK_ID, SUBTASK_ID, DUE), claimed(), completionRequested(),
                        completionApproved())
                .when(new CloseTaskCommand(TASK_ID, "销号", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(SUBTASKS_OPEN));
    }

    @Test
    void canCloseOnceEverySubtaskIsClosed() {
        fixture.given(assigned(), new SubtaskAddedEvent(TASK_ID, SUBTASK_ID, DUE),
                        new SubtaskAddedEvent(TASK_ID, OTHER_SUBTASK_ID, DUE), claimed(),
                        new SubtaskClosedEvent(TASK_ID, SUBTASK_ID), new SubtaskClosedEvent(TASK_ID, OTHER_SUBTASK_ID),
                        completionRequested(), completionApproved())
                .when(new CloseTaskCommand(TASK_ID, "销号", null), by(SUPERVISOR))
                .expectEvents(closed());
    }

    @Test
    void parentRecordsThatAnOpenSubtaskWasClosed() {
        fixture.given(assigned(), new SubtaskAddedEvent(TASK_ID, SUBTASK_ID, DUE))
                .when(new RecordSubtaskClosedCommand(TASK_ID, SUBTASK_ID), by(SUPERVISOR))
                .expectEvents(new SubtaskClosedEvent(TASK_ID, SUBTASK_ID))
                .expectResultMessagePayload(2L);
    }

    @Test
    void recordingTheSameSubtaskClosureAgainChangesNothing() {
        fixture.given(assigned(), new SubtaskAddedEvent(TASK_ID, SUBTASK_ID, DUE),
                        new SubtaskClosedEvent(TASK_ID, SUBTASK_ID))
                .when(new RecordSubtaskClosedCommand(TASK_ID, SUBTASK_ID), by(SUPERVISOR))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void closureOfAnUnknownSubtaskChangesNothing() {
        fixture.given(assigned())
                .when(new RecordSubtaskClosedCommand(TASK_ID, OTHER_SUBTASK_ID), by(SUPERVISOR))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void leadDepartmentRecordsSeveralReviewsAfterClosure() {
        fixture.given(closedTask())
                .andGiven(new ReviewRecordedEvent(TASK_ID, "review-1", "提前谋划用地指标"))
                .when(new RecordReviewCommand(TASK_ID, "review-2", "建立周调度机制", null), by(LEAD_DEPARTMENT))
                .expectEvents(new ReviewRecordedEvent(TASK_ID, "review-2", "建立周调度机制"))
                .expectResultMessagePayload(7L);
    }

    @Test
    void cannotReviewATaskBeforeItIsClosed() {
        fixture.given(completedTask())
                .when(new RecordReviewCommand(TASK_ID, "review-1", "经验总结", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(TASK_NOT_CLOSED));
    }

    @Test
    void accountabilityMayBeRecordedOnAnOpenTask() {
        fixture.given(inProgressTask())
                .when(new RecordAccountabilityCommand(TASK_ID, "record-1", AccountabilityType.ADMONISHMENT_TALK,
                        "发展改革委", "连续两次红灯预警", null), by(SUPERVISOR))
                .expectEvents(new AccountabilityRecordedEvent(TASK_ID, "record-1", AccountabilityType.ADMONISHMENT_TALK,
                        "发展改革委", "连续两次红灯预警"));
    }

    @Test
    void commendationMayBeRecordedAfterClosure() {
        fixture.given(closedTask())
                .when(new RecordAccountabilityCommand(TASK_ID, "record-2", AccountabilityType.PUBLIC_COMMENDATION,
                        "张科长", "提前一个月完成", null), by(SUPERVISOR))
                .expectEvents(new AccountabilityRecordedEvent(TASK_ID, "record-2",
                        AccountabilityType.PUBLIC_COMMENDATION, "张科长", "提前一个月完成"));
    }

    @Test
    void aCommendationOfACoOperatingDepartmentsPersonCountsForThatDepartment() {
        fixture.given(inProgressTask())
                .when(new RecordAccountabilityCommand(TASK_ID, "record-3", AccountabilityType.PUBLIC_COMMENDATION,
                        "赵科长", "主动配合", null, CO, "CZJ", List.of()), by(SUPERVISOR))
                .expectEvents(new AccountabilityRecordedEvent(TASK_ID, "record-3",
                        AccountabilityType.PUBLIC_COMMENDATION, "赵科长", "主动配合", CO, "CZJ", List.of()));
    }

    @Test
    void aDueDiligenceExemptionNamesTheFailuresItExcusesEachOnce() {
        fixture.given(inProgressTask())
                .when(new RecordAccountabilityCommand(TASK_ID, "record-4", AccountabilityType.DUE_DILIGENCE_EXEMPTION,
                        "张科长", "因上级政策调整延误，已尽职", null, LEAD, "FGW",
                        List.of(ExcusedFailure.OVERDUE, ExcusedFailure.WARNING, ExcusedFailure.OVERDUE)), by(SUPERVISOR))
                .expectEvents(new AccountabilityRecordedEvent(TASK_ID, "record-4",
                        AccountabilityType.DUE_DILIGENCE_EXEMPTION, "张科长", "因上级政策调整延误，已尽职", LEAD, "FGW",
                        List.of(ExcusedFailure.OVERDUE, ExcusedFailure.WARNING)));
    }

    @Test
    void aDueDiligenceExemptionThatExcusesNothingIsRefused() {
        fixture.given(inProgressTask())
                .when(new RecordAccountabilityCommand(TASK_ID, "record-5", AccountabilityType.DUE_DILIGENCE_EXEMPTION,
                        "张科长", "已尽职", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(EXEMPTS_INVALID));
    }

    @Test
    void onlyAnExemptionExcusesFailures() {
        fixture.given(inProgressTask())
                .when(new RecordAccountabilityCommand(TASK_ID, "record-6", AccountabilityType.ADMONISHMENT_TALK,
                        "张科长", "进度滞后", null, LEAD, "FGW", List.of(ExcusedFailure.OVERDUE)), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(EXEMPTS_INVALID));
    }

    @Test
    void leaderExplainsAnUnfinishedTaskForTheYearOfAssignment() {
        fixture.given(inProgressTask())
                .when(new RecordYearEndExplanationCommand(TASK_ID, 2023, "受资金影响，明年一季度完成", null), by(LEADER))
                .expectEvents(new YearEndExplanationRecordedEvent(TASK_ID, 2023, "受资金影响，明年一季度完成"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void taskStillOpenNextYearMayBeExplainedForTheNewYear() {
        AggregateTestFixture<Task> nextYear = new AggregateTestFixture<>(Task.class);
        nextYear.registerInjectableResource(new OfficeCalendar(
                Clock.fixed(Instant.parse("2024-12-20T02:00:00Z"), ZoneOffset.UTC), OFFICE_ZONE));
        nextYear.givenCurrentTime(NOW)
                .andGiven(inProgressTask())
                .when(new RecordYearEndExplanationCommand(TASK_ID, 2024, "跨年度项目", null), by(LEADER))
                .expectEvents(new YearEndExplanationRecordedEvent(TASK_ID, 2024, "跨年度项目"));
    }

    @Test
    void cannotExplainAYearBeforeTheTaskWasAssigned() {
        fixture.given(inProgressTask())
                .when(new RecordYearEndExplanationCommand(TASK_ID, 2022, "说明", null), by(LEADER))
                .expectNoEvents()
                .expectException(violates(YEAR_OUT_OF_RANGE));
    }

    @Test
    void yearOfAssignmentIsCountedInTheOfficeZone() {
        // 2022-12-31T17:00Z is already 1 January 2023 in Shanghai.
        fixture.givenCurrentTime(Instant.parse("2022-12-31T17:00:00Z"))
                .andGiven(assigned())
                .when(new RecordYearEndExplanationCommand(TASK_ID, 2022, "说明", null), by(LEADER))
                .expectNoEvents()
                .expectException(violates(YEAR_OUT_OF_RANGE));
    }

    @Test
    void cannotExplainAYearThatHasNotBegun() {
        fixture.given(inProgressTask())
                .when(new RecordYearEndExplanationCommand(TASK_ID, 2024, "说明", null), by(LEADER))
                .expectNoEvents()
                .expectException(violates(YEAR_OUT_OF_RANGE));
    }

    @Test
    void aClosedTaskNeedsNoYearEndExplanation() {
        fixture.given(closedTask())
                .when(new RecordYearEndExplanationCommand(TASK_ID, 2023, "说明", null), by(LEADER))
                .expectNoEvents()
                .expectException(violates(TASK_CLOSED));
    }
}
