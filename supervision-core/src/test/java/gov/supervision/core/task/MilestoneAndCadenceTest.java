package gov.supervision.core.task;

import gov.supervision.core.api.task.AssignTaskCommand;
import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.SubmitProgressReportCommand;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.core.task.TaskDeadlines.RedUnresolved;
import gov.supervision.core.task.TaskDeadlines.ReportMissed;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static gov.supervision.core.task.TaskFixtures.*;

class MilestoneAndCadenceTest {

    private static final LocalDate PLAN_DATE = MILESTONES.get(0).dueDate();
    private static final Instant PLAN_PASSED = startOf(PLAN_DATE.plusDays(1));
    private static final TaskDetails WITH_MILESTONES = timedDetails(DUE, ReportingCadence.NONE, MILESTONES);
    private static final TaskDetails WEEKLY = timedDetails(DUE, ReportingCadence.WEEKLY, List.of());
    private static final Duration WEEK = Duration.ofDays(7);

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void milestoneStillUnreachedTheDayAfterItsDateTurnsTheTaskYellow() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, WITH_MILESTONES)))
                .whenThenTimeAdvancesTo(PLAN_PASSED)
                .expectEvents(planMissed());
    }

    @Test
    void milestoneReachedInTimeRaisesNoWarning() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, WITH_MILESTONES)),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)),
                        as(LEAD_DEPARTMENT, new SubmitProgressReportCommand(TASK_ID, "report-1", 30, "实施方案已印发",
                                PLAN, null)))
                .whenThenTimeAdvancesTo(PLAN_PASSED)
                .expectNoEvents();
    }

    @Test
    void reachingAMissedMilestoneLiftsItsWarning() {
        fixture.given(assigned(), claimed(), planMissed())
                .when(new SubmitProgressReportCommand(TASK_ID, "report-1", 40, "实施方案已印发", PLAN, null),
                        by(LEAD_DEPARTMENT))
                .expectEvents(new ProgressReportedEvent(TASK_ID, "report-1", LEAD, 40, "实施方案已印发", PLAN),
                        new WarningLiftedEvent(TASK_ID, planMissed().warningId(), WarningLevel.YELLOW,
                                TimeRule.MILESTONE_MISSED, LiftReason.MILESTONE_REACHED));
    }

    @Test
    void reachingAnotherMilestoneLeavesTheMissedOneYellow() {
        fixture.given(assigned(), claimed(), planMissed())
                .when(new SubmitProgressReportCommand(TASK_ID, "report-1", 80, "已全面推开", ROLLOUT, null),
                        by(LEAD_DEPARTMENT))
                .expectEvents(new ProgressReportedEvent(TASK_ID, "report-1", LEAD, 80, "已全面推开", ROLLOUT));
    }

    @Test
    void claimStartsTheFirstReportingPeriod() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, WEEKLY)))
                .when(new ClaimTaskCommand(TASK_ID, "张科长", null), by(LEAD_DEPARTMENT))
                .expectScheduledDeadline(NOW.plus(WEEK), new ReportMissed(NOW, 1, 0));
    }

    @Test
    void monthlyPeriodsAreCalendarMonthsInTheOfficeZone() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID,
                        timedDetails(DUE, ReportingCadence.MONTHLY, List.of()))))
                .when(new ClaimTaskCommand(TASK_ID, "张科长", null), by(LEAD_DEPARTMENT))
                .expectScheduledDeadline(Instant.parse("2023-04-01T01:00:00Z"), new ReportMissed(NOW, 1, 0));
    }

    @Test
    void taskWithoutCadenceMissesNoReport() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID,
                        timedDetails(DUE, ReportingCadence.NONE, List.of()))))
                .when(new ClaimTaskCommand(TASK_ID, "张科长", null), by(LEAD_DEPARTMENT))
                .expectNoScheduledDeadlineOfType(NOW, START_OF_OVERDUE, ReportMissed.class);
    }

    @Test
    void firstMissedPeriodTurnsTheTaskYellowAndStartsCountingTheSecond() {
        fixture.givenCommands(claimedWeekly())
                .whenThenTimeAdvancesTo(NOW.plus(WEEK))
                .expectEvents(reportMissed(NOW, 0, 1))
                .expectScheduledDeadline(NOW.plus(WEEK.multipliedBy(2)), new ReportMissed(NOW, 2, 0))
                .expectNoScheduledDeadlineOfType(NOW, START_OF_OVERDUE, RedUnresolved.class);
    }

    @Test
    void secondMissedPeriodInARowTurnsTheTaskRedAndStopsCounting() {
        fixture.givenCommands(claimedWeekly())
                .whenThenTimeAdvancesTo(NOW.plus(WEEK.multipliedBy(2)))
                .expectEvents(reportMissed(NOW, 0, 1), reportMissed(NOW, 0, 2))
                .expectNoScheduledDeadlineOfType(NOW, START_OF_OVERDUE, ReportMissed.class)
                .expectScheduledDeadline(NOW.plus(WEEK.multipliedBy(2)).plus(ESCALATE_AFTER),
                        new RedUnresolved(1, NOW.plus(WEEK.multipliedBy(2)), 1, "PT168H"));
    }

    @Test
    void eachReportReplacesThePendingPeriodWithOneCountedFromTheReport() {
        fixture.givenCommands(claimedWeekly())
                .when(new SubmitProgressReportCommand(TASK_ID, "report-1", 20, "方案已起草", null, null),
                        by(LEAD_DEPARTMENT))
                .expectScheduledDeadline(NOW.plus(WEEK), new ReportMissed(NOW, 1, 1))
                .expectNoScheduledDeadline(NOW.plus(WEEK), new ReportMissed(NOW, 1, 0));
    }

    @Test
    void reportOnTheLastDayResetsTheCadence() {
        Instant reportedAt = NOW.plus(WEEK);
        fixture.givenCommands(claimedWeekly());
        sendWhenDeadlineFalls(fixture, TaskDeadlines.REPORT_MISSED,
                new SubmitProgressReportCommand(TASK_ID, "report-1", 20, "方案已起草", null, null), LEAD_DEPARTMENT);
        fixture.whenThenTimeAdvancesTo(reportedAt.plus(WEEK))
                .expectEvents(new ProgressReportedEvent(TASK_ID, "report-1", LEAD, 20, "方案已起草", null),
                        reportMissed(reportedAt, 1, 1))
                .expectScheduledDeadline(reportedAt.plus(WEEK.multipliedBy(2)), new ReportMissed(reportedAt, 2, 1));
    }

    @Test
    void reportLiftsAYellowReportMissedWarning() {
        fixture.given(assigned(), claimed(), reportMissed(NOW, 0, 1))
                .when(new SubmitProgressReportCommand(TASK_ID, "report-1", 20, "方案已起草", null, null),
                        by(LEAD_DEPARTMENT))
                .expectEvents(new ProgressReportedEvent(TASK_ID, "report-1", LEAD, 20, "方案已起草", null),
                        new WarningLiftedEvent(TASK_ID, reportMissed(NOW, 0, 1).warningId(), WarningLevel.YELLOW,
                                TimeRule.REPORT_MISSED, LiftReason.REPORT_RECEIVED));
    }

    @Test
    void reportAfterTwoMissedPeriodsLiftsTheYellowButTheRedStays() {
        fixture.given(assigned(), claimed(), reportMissed(NOW, 0, 1), reportMissed(NOW, 0, 2))
                .when(new SubmitProgressReportCommand(TASK_ID, "report-1", 20, "方案已起草", null, null),
                        by(LEAD_DEPARTMENT))
                .expectEvents(new ProgressReportedEvent(TASK_ID, "report-1", LEAD, 20, "方案已起草", null),
                        new WarningLiftedEvent(TASK_ID, reportMissed(NOW, 0, 1).warningId(), WarningLevel.YELLOW,
                                TimeRule.REPORT_MISSED, LiftReason.REPORT_RECEIVED));
    }

    private static List<Object> claimedWeekly() {
        return List.of(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, WEEKLY)),
                as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)));
    }

    private static WarningIssuedEvent planMissed() {
        return new WarningIssuedEvent(TASK_ID, automaticId(TASK_ID, TimeRule.MILESTONE_MISSED, PLAN),
                WarningLevel.YELLOW, "节点“" + PLAN + "”（" + PLAN_DATE + "）已过未完成", TimeRule.MILESTONE_MISSED,
                Map.of("milestone", PLAN, "milestoneDate", "2023-04-15"));
    }

    private static WarningIssuedEvent reportMissed(Instant since, int reportsReceived, int missedPeriods) {
        boolean red = missedPeriods > 1;
        return new WarningIssuedEvent(TASK_ID,
                automaticId(TASK_ID, TimeRule.REPORT_MISSED, reportsReceived + ":" + missedPeriods),
                red ? WarningLevel.RED : WarningLevel.YELLOW,
                (red ? "连续" + missedPeriods + "个报送周期" : "一个报送周期") + "（每周）未报送进度",
                TimeRule.REPORT_MISSED,
                Map.of("cadence", "WEEKLY", "missedPeriods", String.valueOf(missedPeriods), "since", since.toString()));
    }
}
