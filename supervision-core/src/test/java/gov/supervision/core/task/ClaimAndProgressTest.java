package gov.supervision.core.task;

import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.RequestCompletionCommand;
import gov.supervision.core.api.task.SubmitProgressReportCommand;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.task.TaskDeadlines.ReportPeriodDue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static gov.supervision.core.api.common.RuleViolation.*;
import static gov.supervision.core.task.TaskFixtures.*;

class ClaimAndProgressTest {

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void leadDepartmentClaimsTheTaskAndTheVersionIsTheFirstSequenceAfterAssignment() {
        fixture.given(assigned())
                .when(new ClaimTaskCommand(TASK_ID, "张科长", null), by(LEAD_DEPARTMENT))
                .expectEvents(new TaskClaimedEvent(TASK_ID, LEAD, "张科长"))
                .expectResultMessagePayload(1L)
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 4, 29)), new ReportPeriodDue(2,
                        ReportingCadence.MONTHLY, "2023-04", LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 30),
                        LocalDate.of(2023, 4, 28)));
    }

    @Test
    void supervisorClaimingOnTheDepartmentsBehalfRecordsNoDepartment() {
        fixture.given(assigned())
                .when(new ClaimTaskCommand(TASK_ID, "张科长", null), by(SUPERVISOR))
                .expectEvents(new TaskClaimedEvent(TASK_ID, null, "张科长"));
    }

    @Test
    void cannotClaimATaskTwice() {
        fixture.given(claimedTask())
                .when(new ClaimTaskCommand(TASK_ID, "刘科长", null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(TASK_ALREADY_CLAIMED));
    }

    @Test
    void cannotClaimATaskAlreadyInProgress() {
        fixture.given(inProgressTask())
                .when(new ClaimTaskCommand(TASK_ID, "刘科长", null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(TASK_ALREADY_CLAIMED));
    }

    @Test
    void cannotClaimAClosedTask() {
        fixture.given(closedTask())
                .when(new ClaimTaskCommand(TASK_ID, "张科长", null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(TASK_CLOSED));
    }

    @Test
    void cannotClaimACompletedTask() {
        fixture.given(completedTask())
                .when(new ClaimTaskCommand(TASK_ID, "张科长", null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(TASK_COMPLETED));
    }

    @Test
    void firstProgressReportPutsAClaimedTaskInProgress() {
        fixture.given(claimedTask())
                .when(new SubmitProgressReportCommand(TASK_ID, "report-1", 20, "方案已起草", null, null),
                        by(LEAD_DEPARTMENT))
                .expectEvents(new ProgressReportedEvent(TASK_ID, "report-1", LEAD, 20, "方案已起草", null))
                .expectResultMessagePayload(2L);
    }

    @Test
    void coOperatingDepartmentReportsProgressUnderItsOwnName() {
        fixture.given(inProgressTask())
                .when(new SubmitProgressReportCommand(TASK_ID, "report-2", 45, "资金已拨付", null, null),
                        by(CO_DEPARTMENT))
                .expectEvents(new ProgressReportedEvent(TASK_ID, "report-2", CO, 45, "资金已拨付", null));
    }

    @Test
    void progressReportMarksAMilestoneReached() {
        fixture.given(inProgressTask())
                .when(new SubmitProgressReportCommand(TASK_ID, "report-2", 40, "实施方案已印发", PLAN, null),
                        by(LEAD_DEPARTMENT))
                .expectEvents(new ProgressReportedEvent(TASK_ID, "report-2", LEAD, 40, "实施方案已印发", PLAN));
    }

    @Test
    void cannotReachTheSameMilestoneTwice() {
        fixture.given(assigned(), claimed(), reported(40, PLAN))
                .when(new SubmitProgressReportCommand(TASK_ID, "report-2", 50, "实施方案已印发", PLAN, null),
                        by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(MILESTONE_ALREADY_REACHED));
    }

    @Test
    void cannotReachAMilestoneTheTaskDoesNotHave() {
        fixture.given(inProgressTask())
                .when(new SubmitProgressReportCommand(TASK_ID, "report-2", 50, "完成验收", "竣工验收", null),
                        by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(UNKNOWN_MILESTONE));
    }

    @Test
    void cannotReportProgressBeforeTheTaskIsClaimed() {
        fixture.given(assigned())
                .when(new SubmitProgressReportCommand(TASK_ID, "report-1", 10, "已启动", null, null),
                        by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(TASK_NOT_CLAIMED));
    }

    @Test
    void progressMayStillBeReportedWhileCompletionAwaitsVerification() {
        fixture.given(completionRequestedTask())
                .when(new SubmitProgressReportCommand(TASK_ID, "report-3", 100, "补充验收材料", ROLLOUT, null),
                        by(LEAD_DEPARTMENT))
                .expectEvents(new ProgressReportedEvent(TASK_ID, "report-3", LEAD, 100, "补充验收材料", ROLLOUT));
    }

    @Test
    void aReportWhileCompletionAwaitsVerificationLeavesTheRequestPending() {
        fixture.given(completionRequestedTask())
                .andGiven(new ProgressReportedEvent(TASK_ID, "report-3", LEAD, 100, "补充验收材料", ROLLOUT))
                .when(new RequestCompletionCommand(TASK_ID, "completion-2", "已完成", List.of(), null),
                        by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(COMPLETION_ALREADY_REQUESTED));
    }

    @Test
    void cannotReportProgressOnAClosedTask() {
        fixture.given(closedTask())
                .when(new SubmitProgressReportCommand(TASK_ID, "report-9", 100, "补报", null, null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(TASK_CLOSED));
    }

    @Test
    void cannotReportProgressOnACompletedTask() {
        fixture.given(completedTask())
                .when(new SubmitProgressReportCommand(TASK_ID, "report-9", 100, "补报", null, null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(TASK_COMPLETED));
    }
}
