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
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static gov.supervision.core.task.TaskFixtures.*;

class MilestoneTest {

    private static final LocalDate PLAN_DATE = MILESTONES.get(0).dueDate();
    private static final Instant PLAN_PASSED = startOf(PLAN_DATE.plusDays(1));
    private static final TaskDetails WITH_MILESTONES = timedDetails(DUE, ReportingCadence.NONE, MILESTONES);

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void milestoneStillUnreachedTheDayAfterItsDateTurnsTheTaskYellow() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, WITH_MILESTONES)),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)))
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

    private static WarningIssuedEvent planMissed() {
        return new WarningIssuedEvent(TASK_ID, automaticId(TASK_ID, TimeRule.MILESTONE_MISSED, PLAN),
                WarningLevel.YELLOW, "节点“" + PLAN + "”（" + PLAN_DATE + "）已过未完成", TimeRule.MILESTONE_MISSED,
                Map.of("milestone", PLAN, "milestoneDate", "2023-04-14"));
    }
}
