package gov.supervision.core.task;

import gov.supervision.core.api.task.AssignTaskCommand;
import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.RequestCompletionCommand;
import gov.supervision.core.api.task.SubmitProgressReportCommand;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.core.task.TaskDeadlines.RedUnresolved;
import gov.supervision.core.task.TaskDeadlines.ReportPeriodDue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gov.supervision.core.task.TaskFixtures.*;

/**
 * Reporting periods are calendar weeks, months and quarters; each period past its last working day without a report
 * raises its own warning. The fixtures' task is claimed on Wednesday 2023-03-01 (week 2023-W09), so the first week
 * owed is 2023-W10, Monday 03-06 to Sunday 03-12, due by the end of Friday 03-10.
 */
class ReportingPeriodsTest {

    private static final TaskDetails WEEKLY = timedDetails(DUE, ReportingCadence.WEEKLY, List.of());
    private static final TaskDetails WEEKLY_TO_YEAR_END =
            timedDetails(LocalDate.of(2023, 12, 29), ReportingCadence.WEEKLY, List.of());
    private static final ReportPeriodDue W10 = week(2, "2023-W10", LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 10));
    private static final ReportPeriodDue W11 = week(2, "2023-W11", LocalDate.of(2023, 3, 13), LocalDate.of(2023, 3, 17));
    private static final ReportPeriodDue W12 = week(2, "2023-W12", LocalDate.of(2023, 3, 20), LocalDate.of(2023, 3, 24));

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void aTaskClaimedOnAWednesdayOwesItsFirstWeeklyReportTheFollowingWeek() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, WEEKLY)))
                .when(new ClaimTaskCommand(TASK_ID, "张科长", null), by(LEAD_DEPARTMENT))
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 3, 11)), W10);
    }

    @Test
    void quarterlyPeriodsAreCalendarQuartersDueByTheirLastWorkingDay() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID,
                        timedDetails(LocalDate.of(2023, 12, 29), ReportingCadence.QUARTERLY, List.of()))))
                .when(new ClaimTaskCommand(TASK_ID, "张科长", null), by(LEAD_DEPARTMENT))
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 7, 1)), new ReportPeriodDue(2,
                        ReportingCadence.QUARTERLY, "2023-Q2", LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 30),
                        LocalDate.of(2023, 6, 30)));
    }

    @Test
    void aTaskWithoutCadenceOwesNoPeriod() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID,
                        timedDetails(DUE, ReportingCadence.NONE, List.of()))))
                .when(new ClaimTaskCommand(TASK_ID, "张科长", null), by(LEAD_DEPARTMENT))
                .expectNoScheduledDeadlineOfType(NOW, START_OF_OVERDUE, ReportPeriodDue.class);
    }

    @Test
    void aReportAtTheLastMinuteOfThePeriodsLastWorkingDayCountsForIt() {
        fixture.givenCommands(claimedWeekly());
        // 23:59 on Friday 03-10, office time.
        sendAt(fixture, Instant.parse("2023-03-10T15:59:00Z"), report("report-w10"), LEAD_DEPARTMENT);
        fixture.whenThenTimeAdvancesTo(startOf(LocalDate.of(2023, 3, 11)))
                .expectEvents(reported("report-w10"))
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 3, 18)), W11);
    }

    @Test
    void aReportOnTheWeekendAfterTheDueDayComesTooLateForItsPeriod() {
        fixture.givenCommands(claimedWeekly())
                .whenThenTimeAdvancesTo(startOf(LocalDate.of(2023, 3, 11)))
                .expectEvents(missed(W10, 1));
    }

    @Test
    void aReportBeforeThePeriodCountsForNothingOwed() {
        fixture.givenCommands(claimedWeekly())
                .andGivenCommands(as(LEAD_DEPARTMENT, report("report-early")))
                .whenThenTimeAdvancesTo(startOf(LocalDate.of(2023, 3, 11)))
                .expectEvents(missed(W10, 1));
    }

    @Test
    void everyMissedPeriodRaisesItsOwnWarningYellowThenRedAndTheSilenceKeepsBeingCounted() {
        fixture.givenCommands(claimedWeekly())
                .whenThenTimeAdvancesTo(startOf(LocalDate.of(2023, 3, 25)))
                .expectEvents(missed(W10, 1), missed(W11, 2),
                        EscalationLadder.escalation(TASK_ID, new RedUnresolved(1, startOf(LocalDate.of(2023, 3, 18)), 1,
                                "PT168H")),
                        missed(W12, 3))
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 4, 1)),
                        week(2, "2023-W13", LocalDate.of(2023, 3, 27), LocalDate.of(2023, 3, 31)));
    }

    @Test
    void aLateReportLiftsTheWarningAndTheNextMissIsTheFirstInARowAgain() {
        fixture.givenCommands(claimedWeekly());
        // Saturday 03-11, 10:00: after W10 was due, before W11 begins.
        sendAt(fixture, Instant.parse("2023-03-11T02:00:00Z"), report("report-late"), LEAD_DEPARTMENT);
        fixture.whenThenTimeAdvancesTo(startOf(LocalDate.of(2023, 3, 18)))
                .expectEvents(missed(W10, 1), reported("report-late"), lifted(missed(W10, 1)), missed(W11, 1));
    }

    @Test
    void reportingAgainLiftsTheWarningsOfEveryMissedPeriod() {
        fixture.given(new TaskAssignedEvent(TASK_ID, null, WEEKLY, Set.of(), Set.of()), claimed(), missed(W10, 1),
                        missed(W11, 2))
                .when(report("report-1"), by(LEAD_DEPARTMENT))
                .expectEvents(reported("report-1"), lifted(missed(W10, 1)), lifted(missed(W11, 2)));
    }

    @Test
    void aMakeUpSundayIsTheLastWorkingDayOfItsWeek() {
        // 2023-W16 is 04-17..04-23; Sunday 04-23 is worked in exchange for the May Day holiday.
        fixture.givenCurrentTime(Instant.parse("2023-04-12T01:00:00Z"))
                .andGivenCommands(claimedWith(WEEKLY_TO_YEAR_END))
                .whenThenTimeAdvancesTo(startOf(LocalDate.of(2023, 4, 23)))
                .expectNoEvents()
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 4, 24)),
                        week(2, "2023-W16", LocalDate.of(2023, 4, 17), LocalDate.of(2023, 4, 23)));
    }

    @Test
    void aReportOnAMakeUpSaturdayCountsForItsWeek() {
        // 2023-W40 (10-02..10-08) starts in the National Day holiday; Saturday 10-07 and Sunday 10-08 are worked.
        fixture.givenCurrentTime(Instant.parse("2023-09-27T01:00:00Z"))
                .andGivenCommands(claimedWith(WEEKLY_TO_YEAR_END));
        sendAt(fixture, Instant.parse("2023-10-07T02:00:00Z"), report("report-w40"), LEAD_DEPARTMENT);
        fixture.whenThenTimeAdvancesTo(startOf(LocalDate.of(2023, 10, 9)))
                .expectEvents(reported("report-w40"));
    }

    @Test
    void aPeriodThatStartsInAHolidayIsDueByItsLastWorkingDay() {
        fixture.givenCurrentTime(Instant.parse("2023-09-27T01:00:00Z"))
                .andGivenCommands(claimedWith(WEEKLY_TO_YEAR_END))
                .whenThenTimeAdvancesTo(startOf(LocalDate.of(2023, 10, 9)))
                .expectEvents(missed(week(2, "2023-W40", LocalDate.of(2023, 10, 2), LocalDate.of(2023, 10, 8)), 1));
    }

    @Test
    void anUnclaimedTaskOwesItsPeriodsFromTheWeekAfterItsAssignment() {
        fixture.givenNoPriorActivity()
                .when(new AssignTaskCommand(TASK_ID, WEEKLY), by(SUPERVISOR))
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 3, 11)), week(1, "2023-W10",
                        LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 10)));
    }

    @Test
    void noPeriodIsOwedWhileATimelyCompletionRequestWaits() {
        fixture.givenCommands(claimedWeekly())
                .andGivenCommands(as(LEAD_DEPARTMENT, new RequestCompletionCommand(TASK_ID, COMPLETION_ID, "已完成",
                        List.of(), null)))
                .whenThenTimeAdvancesTo(startOf(LocalDate.of(2023, 3, 18)))
                .expectNoEvents()
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 3, 25)), W12);
    }

    private static List<Object> claimedWeekly() {
        return claimedWith(WEEKLY);
    }

    private static List<Object> claimedWith(TaskDetails details) {
        return List.of(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, details)),
                as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)));
    }

    private static SubmitProgressReportCommand report(String reportId) {
        return new SubmitProgressReportCommand(TASK_ID, reportId, 20, "方案已起草", null, null);
    }

    private static ProgressReportedEvent reported(String reportId) {
        return new ProgressReportedEvent(TASK_ID, reportId, LEAD, 20, "方案已起草", null);
    }

    private static ReportPeriodDue week(int round, String key, LocalDate monday, LocalDate dueBy) {
        return new ReportPeriodDue(round, ReportingCadence.WEEKLY, key, monday, monday.plusDays(6), dueBy);
    }

    static WarningIssuedEvent missed(ReportPeriodDue period, int inARow) {
        boolean red = inARow > 1;
        return new WarningIssuedEvent(TASK_ID,
                automaticId(TASK_ID, TimeRule.REPORT_MISSED, "1.1:" + period.round() + ":" + period.period()),
                red ? WarningLevel.RED : WarningLevel.YELLOW,
                (red ? "连续" + inARow + "个报送周期未报送进度（" : "报送周期未报送进度（") + period.period() + "，每周）",
                TimeRule.REPORT_MISSED,
                Map.of("rules", "1.1", "cadence", "WEEKLY", "period", period.period(),
                        "periodStart", period.periodStart().toString(), "periodEnd", period.periodEnd().toString(),
                        "dueBy", period.dueBy().toString(), "missedInARow", String.valueOf(inARow)));
    }

    private static WarningLiftedEvent lifted(WarningIssuedEvent warning) {
        return new WarningLiftedEvent(TASK_ID, warning.warningId(), warning.level(), warning.rule(),
                LiftReason.REPORTING_RESUMED);
    }
}
