package gov.supervision.core.task;

import gov.supervision.core.api.task.AssignTaskCommand;
import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.EscalationWithdrawnEvent;
import gov.supervision.core.api.task.HandOverTaskCommand;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.ReassignTaskCommand;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.ResponsiblePersonChangedEvent;
import gov.supervision.core.api.task.ReturnTaskCommand;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.TaskReassignedEvent;
import gov.supervision.core.api.task.TaskReturnedEvent;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.core.api.task.WithdrawalReason;
import gov.supervision.core.task.TaskDeadlines.ClaimDue;
import gov.supervision.core.task.TaskDeadlines.ReportPeriodDue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static gov.supervision.core.api.common.RuleViolation.*;
import static gov.supervision.core.task.TaskFixtures.*;

/**
 * The claim limit counts working days after the day of assignment: assigned on Wednesday 2023-03-01, the task must be
 * claimed by the end of Monday 03-06 (yellow from Tuesday), and turns red at the end of Wednesday 03-08.
 */
class ClaimReturnReassignTest {

    private static final TaskDetails PLAIN = timedDetails(DUE, ReportingCadence.NONE, List.of());
    private static final LocalDate MARCH_1 = LocalDate.of(2023, 3, 1);
    private static final ClaimDue YELLOW = new ClaimDue(1, WarningLevel.YELLOW, MARCH_1, LocalDate.of(2023, 3, 6), 3, 2);
    private static final ClaimDue RED = new ClaimDue(1, WarningLevel.RED, MARCH_1, LocalDate.of(2023, 3, 8), 3, 2);
    private static final String ESCALATION = "escalation-1";

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void assignmentStartsTheClaimLimitInWorkingDays() {
        fixture.givenNoPriorActivity()
                .when(new AssignTaskCommand(TASK_ID, PLAIN), by(SUPERVISOR))
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 3, 7)), YELLOW)
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 3, 9)), RED);
    }

    @Test
    void aTaskNotClaimedWithinThreeWorkingDaysTurnsYellowThenRedTwoWorkingDaysLater() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)))
                .whenThenTimeAdvancesTo(startOf(LocalDate.of(2023, 3, 9)))
                .expectEvents(notClaimed(YELLOW), notClaimed(RED))
                .expectScheduledDeadlineOfType(startOf(LocalDate.of(2023, 3, 9)).plus(ESCALATE_AFTER),
                        TaskDeadlines.RedUnresolved.class);
    }

    @Test
    void aClaimAtTheEndOfTheThirdWorkingDayIsInTime() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)));
        // 23:30 on Monday 03-06, office time: the third working day after Wednesday 03-01.
        sendAt(fixture, Instant.parse("2023-03-06T15:30:00Z"), new ClaimTaskCommand(TASK_ID, "张科长", null),
                LEAD_DEPARTMENT);
        fixture.whenThenTimeAdvancesTo(startOf(LocalDate.of(2023, 3, 10)))
                .expectEvents(new TaskClaimedEvent(TASK_ID, LEAD, "张科长"));
    }

    @Test
    void holidaysAndMakeUpDaysCountAsTheCalendarSays() {
        // Assigned Thursday 2023-01-19: Friday 01-20, then the Spring Festival, then Saturday 01-28 and Sunday 01-29,
        // both worked in exchange, are the three working days.
        fixture.givenCurrentTime(Instant.parse("2023-01-19T01:00:00Z"))
                .when(new AssignTaskCommand(TASK_ID, PLAIN), by(SUPERVISOR))
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 1, 30)), new ClaimDue(1, WarningLevel.YELLOW,
                        LocalDate.of(2023, 1, 19), LocalDate.of(2023, 1, 29), 3, 2));
    }

    @Test
    void claimingLiftsTheClaimWarnings() {
        fixture.given(assigned(), notClaimed(YELLOW))
                .when(new ClaimTaskCommand(TASK_ID, "张科长", null), by(LEAD_DEPARTMENT))
                .expectEvents(new TaskClaimedEvent(TASK_ID, LEAD, "张科长"), lift(notClaimed(YELLOW), LiftReason.CLAIMED));
    }

    @Test
    void theLeadDepartmentReturnsATaskThatIsNotItsOwnBeforeClaimingIt() {
        fixture.given(assigned(), notClaimed(YELLOW))
                .when(new ReturnTaskCommand(TASK_ID, "不属于本单位职责", COUNTY, null, null), by(LEAD_DEPARTMENT))
                .expectEvents(new TaskReturnedEvent(TASK_ID, LEAD, "不属于本单位职责", COUNTY, null),
                        lift(notClaimed(YELLOW), LiftReason.RETURNED));
    }

    @Test
    void noClaimLimitRunsWhileAReturnedTaskWaitsForTheOffice() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                        as(LEAD_DEPARTMENT, new ReturnTaskCommand(TASK_ID, "不属于本单位职责", null, null, null)))
                .whenThenTimeAdvancesTo(startOf(LocalDate.of(2023, 3, 20)))
                .expectNoEvents();
    }

    @Test
    void aClaimedTaskCannotBeReturned() {
        fixture.given(claimedTask())
                .when(new ReturnTaskCommand(TASK_ID, "不属于本单位职责", null, null, null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(TASK_ALREADY_CLAIMED));
    }

    @Test
    void onlyTheLeadDepartmentReturnsATask() {
        fixture.given(assigned())
                .when(new ReturnTaskCommand(TASK_ID, "不属于本单位职责", null, null, null), by(CO_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(NOT_LEAD_DEPARTMENT));
    }

    @Test
    void aReturnedTaskCannotBeClaimedUntilReassigned() {
        fixture.given(assigned(), returned())
                .when(new ClaimTaskCommand(TASK_ID, "张科长", null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(TASK_RETURNED));
    }

    @Test
    void reassignmentGivesTheTaskToAnotherLeadDepartmentAndRestartsTheClaimClock() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                        as(LEAD_DEPARTMENT, new ReturnTaskCommand(TASK_ID, "不属于本单位职责", COUNTY, null, null)))
                .when(reassignToCounty(), by(SUPERVISOR))
                .expectEvents(reassignedToCounty(TODAY))
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 3, 7)),
                        new ClaimDue(2, WarningLevel.YELLOW, MARCH_1, LocalDate.of(2023, 3, 6), 3, 2))
                .expectNoScheduledDeadline(startOf(LocalDate.of(2023, 3, 7)), YELLOW);
    }

    @Test
    void afterReassignmentTheNewLeadClaimsAndTheOldOneNoLongerMay() {
        fixture.given(assigned(), returned(), reassignedToCounty(TODAY))
                .when(new ClaimTaskCommand(TASK_ID, "孙主任", null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(NOT_LEAD_DEPARTMENT));
        fixture.given(assigned(), returned(), reassignedToCounty(TODAY))
                .when(new ClaimTaskCommand(TASK_ID, "孙主任", null), by(COUNTY_DEPARTMENT))
                .expectEvents(new TaskClaimedEvent(TASK_ID, COUNTY, "孙主任"));
    }

    @Test
    void reassignmentLiftsTheWarningsOfTheFormerHolderAndWithdrawsOpenEscalations() {
        WarningIssuedEvent yellow = notClaimed(YELLOW);
        WarningIssuedEvent red = notClaimed(RED);
        fixture.given(assigned(), yellow, red, new TaskEscalatedEvent(TASK_ID, ESCALATION, EscalationLevel.LEADER,
                        "认领超时", null, Map.of()))
                .when(reassignToCounty(), by(SUPERVISOR))
                .expectEvents(reassignedToCounty(TODAY), lift(yellow, LiftReason.REASSIGNED),
                        lift(red, LiftReason.REASSIGNED),
                        new EscalationWithdrawnEvent(TASK_ID, ESCALATION, EscalationLevel.LEADER,
                                WithdrawalReason.REASSIGNED));
    }

    @Test
    void reassignmentStartsTheReportingRoundAgain() {
        TaskDetails weekly = timedDetails(DUE, ReportingCadence.WEEKLY, List.of());
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, weekly)))
                .when(reassignToCounty(), by(SUPERVISOR))
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 3, 11)), new ReportPeriodDue(2,
                        ReportingCadence.WEEKLY, "2023-W10", LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 12),
                        LocalDate.of(2023, 3, 10)))
                .expectNoScheduledDeadline(startOf(LocalDate.of(2023, 3, 11)), new ReportPeriodDue(1,
                        ReportingCadence.WEEKLY, "2023-W10", LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 12),
                        LocalDate.of(2023, 3, 10)));
    }

    @Test
    void aClaimedTaskCannotBeReassigned() {
        fixture.given(claimedTask())
                .when(reassignToCounty(), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(TASK_ALREADY_CLAIMED));
    }

    @Test
    void reassigningToTheSameLeadDepartmentIsRefused() {
        fixture.given(assigned())
                .when(new ReassignTaskCommand(TASK_ID, LEAD, null, List.of(), List.of(), null, "重新交办", null),
                        by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(SAME_LEAD_DEPARTMENT));
    }

    @Test
    void theLeadDepartmentHandsTheTaskOverToAnotherResponsiblePerson() {
        fixture.given(claimedTask())
                .when(new HandOverTaskCommand(TASK_ID, "刘科长", "岗位调整", null), by(LEAD_DEPARTMENT))
                .expectEvents(new ResponsiblePersonChangedEvent(TASK_ID, "张科长", "刘科长", "岗位调整"));
    }

    @Test
    void aCoOperatingDepartmentCannotHandTheTaskOver() {
        fixture.given(claimedTask())
                .when(new HandOverTaskCommand(TASK_ID, "赵科长", "岗位调整", null), by(CO_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(NOT_LEAD_DEPARTMENT));
    }

    private static ReassignTaskCommand reassignToCounty() {
        return new ReassignTaskCommand(TASK_ID, COUNTY, null, List.of(), List.of(), "孙主任", "属地管理", null);
    }

    private static TaskReassignedEvent reassignedToCounty(LocalDate on) {
        return new TaskReassignedEvent(TASK_ID, LEAD, null, COUNTY, null, List.of(), List.of(), "孙主任", "属地管理", on);
    }

    private static TaskReturnedEvent returned() {
        return new TaskReturnedEvent(TASK_ID, LEAD, "不属于本单位职责", null, null);
    }

    private static WarningIssuedEvent notClaimed(ClaimDue deadline) {
        return ClaimLimit.notClaimed(TASK_ID, deadline);
    }

    private static WarningLiftedEvent lift(WarningIssuedEvent warning, LiftReason reason) {
        return new WarningLiftedEvent(TASK_ID, warning.warningId(), warning.level(), TimeRule.NOT_CLAIMED, reason);
    }
}
