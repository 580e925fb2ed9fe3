package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.core.api.task.Complexity;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.EscalationResolvedEvent;
import gov.supervision.core.api.task.OpenRectificationCommand;
import gov.supervision.core.api.task.ProblemRegisteredEvent;
import gov.supervision.core.api.task.RectificationOpenedEvent;
import gov.supervision.core.api.task.RegisterProblemCommand;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.ResolveEscalationCommand;
import gov.supervision.core.api.task.SourceType;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.TaskSource;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.task.TaskDeadlines.DueSoon;
import gov.supervision.core.task.TaskDeadlines.Overdue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gov.supervision.core.task.TaskFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class ProblemAndRectificationTest {

    private static final Actor HOTLINE = new Actor("hotline", "12345政务服务热线", Set.of(Role.SYSTEM), null);
    private static final TaskSource TICKET = new TaskSource(SourceType.HOTLINE, "12345-20230301-0042");
    private static final String PROBLEM = "小区供暖不热";
    private static final String COMPLAINT = "多名居民反映室温低于16度";
    private static final String DEPARTMENT = "住房和城乡建设局";

    private static final String INSPECTION_ID = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d05";
    private static final String INSPECTION_TITLE = "优化营商环境专项督查";
    private static final String FINDING = "部分审批事项仍需线下提交纸质材料";

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void generalProblemIsDueSevenDaysAfterRegistration() {
        LocalDate due = TODAY.plusDays(7);
        fixture.givenNoPriorActivity()
                .when(registration(Complexity.GENERAL), by(HOTLINE))
                .expectEvents(new TaskAssignedEvent(TASK_ID, null, problem(due), Set.of(), Set.of()),
                        new ProblemRegisteredEvent(TASK_ID, TICKET, Complexity.GENERAL, TODAY, 7))
                .expectResultMessagePayload(TASK_ID)
                .expectScheduledDeadline(startOf(due.minusDays(3)), new DueSoon(due, "P3D"))
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 3, 9)), new Overdue(LocalDate.of(2023, 3, 8)));
    }

    @Test
    void complexProblemIsDueThirtyDaysAfterRegistration() {
        LocalDate due = LocalDate.of(2023, 3, 31);
        fixture.givenNoPriorActivity()
                .when(registration(Complexity.COMPLEX), by(HOTLINE))
                .expectEvents(new TaskAssignedEvent(TASK_ID, null, problem(due), Set.of(), Set.of()),
                        new ProblemRegisteredEvent(TASK_ID, TICKET, Complexity.COMPLEX, TODAY, 30));
    }

    @Test
    void problemDaysFollowTheConfiguredRules() {
        AggregateTestFixture<Task> configured = taskFixture(Period.ofDays(2), Duration.ofDays(5),
                new ProblemDueDates(5, 20));
        configured.givenNoPriorActivity()
                .when(registration(Complexity.GENERAL), by(HOTLINE))
                .expectEvents(new TaskAssignedEvent(TASK_ID, null, problem(TODAY.plusDays(5)), Set.of(), Set.of()),
                        new ProblemRegisteredEvent(TASK_ID, TICKET, Complexity.GENERAL, TODAY, 5))
                .expectScheduledDeadline(startOf(TODAY.plusDays(3)), new DueSoon(TODAY.plusDays(5), "P2D"));
    }

    @Test
    void generalProblemUnsolvedAfterAWeekIsOverdue() {
        LocalDate due = TODAY.plusDays(7);
        fixture.givenCommands(as(HOTLINE, registration(Complexity.GENERAL)),
                        as(SUPERVISOR, new ClaimTaskCommand(TASK_ID, "张科长", null)))
                .whenThenTimeAdvancesTo(startOf(due.plusDays(1)))
                .expectEvents(
                        new WarningIssuedEvent(TASK_ID, automaticId(TASK_ID, TimeRule.DUE_SOON, due),
                                WarningLevel.YELLOW, "临近办结时限（2023-03-08）", TimeRule.DUE_SOON,
                                Map.of("yellowBefore", "P3D", "dueDate", "2023-03-08")),
                        new WarningIssuedEvent(TASK_ID, automaticId(TASK_ID, TimeRule.OVERDUE, due), WarningLevel.RED,
                                "已超过办结时限（2023-03-08）未办结", TimeRule.OVERDUE, Map.of("dueDate", "2023-03-08")));
    }

    @Test
    void findingOpensARectificationTaskOfTheInspectedDepartment() {
        LocalDate due = TODAY.plusDays(7);
        fixture.givenNoPriorActivity()
                .when(rectification(FINDING, Complexity.GENERAL))
                .expectEvents(new TaskAssignedEvent(TASK_ID, null,
                                rectificationDetails("整改：" + FINDING, due), Set.of(), Set.of()),
                        new RectificationOpenedEvent(TASK_ID, INSPECTION_ID, PARENT_TASK_ID, Complexity.GENERAL, TODAY,
                                7))
                .expectScheduledDeadline(startOf(due.plusDays(1)), new Overdue(due));
    }

    @Test
    void aRectificationIsInTheChargeOfTheLeaderItIsOpenedWith() {
        LocalDate due = TODAY.plusDays(7);
        TaskDetails expected = new TaskDetails("整改：" + FINDING, FINDING + "（" + INSPECTION_TITLE + "）",
                TaskCategory.RECTIFICATION, new TaskSource(SourceType.INSPECTION, INSPECTION_ID), "王副市长",
                DEPARTMENT, List.of(), null, due, ReportingCadence.NONE, List.of(), OTHER_LEADER.id(), "ZJJ",
                List.of());
        fixture.givenNoPriorActivity()
                .when(new OpenRectificationCommand(TASK_ID, INSPECTION_ID, INSPECTION_TITLE, FINDING, DEPARTMENT,
                        Complexity.GENERAL, PARENT_TASK_ID, "ZJJ", "王副市长", OTHER_LEADER.id()))
                .expectEvents(new TaskAssignedEvent(TASK_ID, null, expected, Set.of(), Set.of()),
                        new RectificationOpenedEvent(TASK_ID, INSPECTION_ID, PARENT_TASK_ID, Complexity.GENERAL, TODAY,
                                7));
    }

    @Test
    void theRectificationsLeaderDecidesItsEscalation() {
        fixture.given(rectificationInTheChargeOfWang(), escalatedToTheLeader())
                .when(new ResolveEscalationCommand(TASK_ID, ESCALATION_ID, "限期整改到位", null), by(OTHER_LEADER))
                .expectEvents(new EscalationResolvedEvent(TASK_ID, ESCALATION_ID, EscalationLevel.LEADER, "限期整改到位"));
    }

    @Test
    void anotherLeaderCannotDecideTheRectificationsEscalation() {
        fixture.given(rectificationInTheChargeOfWang(), escalatedToTheLeader())
                .when(new ResolveEscalationCommand(TASK_ID, ESCALATION_ID, "限期整改到位", null), by(LEADER))
                .expectNoEvents()
                .expectException(violates(RuleViolation.NOT_LEADER_IN_CHARGE));
    }

    @Test
    void complexFindingGetsAMonthToRectify() {
        LocalDate due = TODAY.plusDays(30);
        fixture.givenNoPriorActivity()
                .when(rectification(FINDING, Complexity.COMPLEX))
                .expectEvents(new TaskAssignedEvent(TASK_ID, null,
                                rectificationDetails("整改：" + FINDING, due), Set.of(), Set.of()),
                        new RectificationOpenedEvent(TASK_ID, INSPECTION_ID, PARENT_TASK_ID, Complexity.COMPLEX, TODAY,
                                30));
    }

    @Test
    void longFindingIsCutToTwoHundredCharactersInTheTitleAndKeptWholeInTheDescription() {
        String longFinding = "审".repeat(250);
        TaskDetails expected = new TaskDetails("整改：" + "审".repeat(197), longFinding + "（" + INSPECTION_TITLE + "）",
                TaskCategory.RECTIFICATION, new TaskSource(SourceType.INSPECTION, INSPECTION_ID), null, DEPARTMENT,
                List.of(), null, TODAY.plusDays(7), ReportingCadence.NONE, List.of());
        assertThat(expected.title()).hasSize(200);
        fixture.givenNoPriorActivity()
                .when(rectification(longFinding, Complexity.GENERAL))
                .expectEvents(new TaskAssignedEvent(TASK_ID, null, expected, Set.of(), Set.of()),
                        new RectificationOpenedEvent(TASK_ID, INSPECTION_ID, PARENT_TASK_ID, Complexity.GENERAL, TODAY,
                                7));
    }

    @Test
    void openingTheSameRectificationAgainChangesNothing() {
        LocalDate due = TODAY.plusDays(7);
        fixture.given(new TaskAssignedEvent(TASK_ID, null, rectificationDetails("整改：" + FINDING, due), Set.of(),
                                Set.of()),
                        new RectificationOpenedEvent(TASK_ID, INSPECTION_ID, PARENT_TASK_ID, Complexity.GENERAL, TODAY,
                                7))
                .when(rectification(FINDING, Complexity.GENERAL))
                .expectNoEvents();
    }

    private static RegisterProblemCommand registration(Complexity complexity) {
        return new RegisterProblemCommand(TASK_ID, TICKET, PROBLEM, COMPLAINT, DEPARTMENT, complexity, null);
    }

    private static TaskDetails problem(LocalDate due) {
        return new TaskDetails(PROBLEM, COMPLAINT, TaskCategory.PROBLEM, TICKET, null, DEPARTMENT, List.of(), null,
                due, ReportingCadence.NONE, List.of());
    }

    private static OpenRectificationCommand rectification(String finding, Complexity complexity) {
        return new OpenRectificationCommand(TASK_ID, INSPECTION_ID, INSPECTION_TITLE, finding, DEPARTMENT, complexity,
                PARENT_TASK_ID);
    }

    private static TaskAssignedEvent rectificationInTheChargeOfWang() {
        return new TaskAssignedEvent(TASK_ID, null, new TaskDetails("整改：" + FINDING, FINDING,
                TaskCategory.RECTIFICATION, new TaskSource(SourceType.INSPECTION, INSPECTION_ID), "王副市长", DEPARTMENT,
                List.of(), null, TODAY.plusDays(7), ReportingCadence.NONE, List.of(), OTHER_LEADER.id(), "ZJJ",
                List.of()), Set.of(), Set.of());
    }

    private static TaskEscalatedEvent escalatedToTheLeader() {
        return new TaskEscalatedEvent(TASK_ID, ESCALATION_ID, EscalationLevel.LEADER, "整改不力", null, Map.of());
    }

    private static TaskDetails rectificationDetails(String title, LocalDate due) {
        return new TaskDetails(title, FINDING + "（" + INSPECTION_TITLE + "）", TaskCategory.RECTIFICATION,
                new TaskSource(SourceType.INSPECTION, INSPECTION_ID), null, DEPARTMENT, List.of(), null, due,
                ReportingCadence.NONE, List.of());
    }
}
