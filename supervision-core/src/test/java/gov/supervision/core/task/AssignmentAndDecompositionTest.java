package gov.supervision.core.task;

import gov.supervision.core.api.task.AssignTaskCommand;
import gov.supervision.core.api.task.DecomposeTaskCommand;
import gov.supervision.core.api.task.ExtensionGrantedEvent;
import gov.supervision.core.api.task.ExtensionRequestedEvent;
import gov.supervision.core.api.task.Milestone;
import gov.supervision.core.api.task.SubtaskAddedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.task.TaskDeadlines.DueSoon;
import gov.supervision.core.task.TaskDeadlines.Overdue;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static gov.supervision.core.api.common.RuleViolation.*;
import static gov.supervision.core.task.TaskFixtures.*;

class AssignmentAndDecompositionTest {

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void assigningRecordsTheTaskAsAssignedWithNoAncestors() {
        fixture.givenNoPriorActivity()
                .when(new AssignTaskCommand(TASK_ID, details()), by(SUPERVISOR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TaskAssignedEvent(TASK_ID, null, details(), Set.of(), Set.of()))
                .expectScheduledDeadline(START_OF_DUE_SOON, new DueSoon(DUE, "P3D"))
                .expectScheduledDeadline(START_OF_OVERDUE, new Overdue(DUE));
    }

    @Test
    void aDueDateOnASundayMovesToTheMondayAfter() {
        TaskDetails dueOnSunday = details(TITLE, LEAD, List.of(CO), LocalDate.of(2023, 7, 2), List.of());
        TaskDetails dueOnMonday = details(TITLE, LEAD, List.of(CO), LocalDate.of(2023, 7, 3), List.of());
        fixture.givenNoPriorActivity()
                .when(new AssignTaskCommand(TASK_ID, dueOnSunday), by(SUPERVISOR))
                .expectEvents(new TaskAssignedEvent(TASK_ID, null, dueOnMonday, Set.of(), Set.of()))
                .expectScheduledDeadline(startOf(LocalDate.of(2023, 7, 4)), new Overdue(LocalDate.of(2023, 7, 3)));
    }

    @Test
    void aDueDateOrMilestoneInTheNationalDayHolidayMovesToTheMakeUpSaturdayAfterIt() {
        // 2023-09-29 to 10-06 are holidays; Saturday 10-07 and Sunday 10-08 are worked in exchange.
        TaskDetails inTheHoliday = details(TITLE, LEAD, List.of(CO), LocalDate.of(2023, 10, 1),
                List.of(new Milestone(PLAN, LocalDate.of(2023, 9, 29))));
        TaskDetails moved = details(TITLE, LEAD, List.of(CO), LocalDate.of(2023, 10, 7),
                List.of(new Milestone(PLAN, LocalDate.of(2023, 10, 7))));
        fixture.givenNoPriorActivity()
                .when(new AssignTaskCommand(TASK_ID, inTheHoliday), by(SUPERVISOR))
                .expectEvents(new TaskAssignedEvent(TASK_ID, null, moved, Set.of(), Set.of()));
    }

    @Test
    void taskDueTodayInTheOfficeZoneCanBeAssigned() {
        TaskDetails dueToday = details(TITLE, LEAD, List.of(CO), TODAY, List.of());
        fixture.givenNoPriorActivity()
                .when(new AssignTaskCommand(TASK_ID, dueToday), by(SUPERVISOR))
                .expectEvents(new TaskAssignedEvent(TASK_ID, null, dueToday, Set.of(), Set.of()));
    }

    @Test
    void cannotAssignTaskDueBeforeToday() {
        TaskDetails overdue = details(TITLE, LEAD, List.of(CO), TODAY.minusDays(1), List.of());
        fixture.givenNoPriorActivity()
                .when(new AssignTaskCommand(TASK_ID, overdue), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(DUE_DATE_IN_PAST));
    }

    @Test
    void cannotAssignTwoMilestonesWithTheSameName() {
        List<Milestone> twice = List.of(new Milestone(PLAN, LocalDate.of(2023, 4, 1)),
                new Milestone(PLAN, LocalDate.of(2023, 5, 1)));
        fixture.givenNoPriorActivity()
                .when(new AssignTaskCommand(TASK_ID, details(TITLE, LEAD, List.of(CO), DUE, twice)), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(DUPLICATE_MILESTONE));
    }

    @Test
    void cannotAssignMilestoneDueAfterTheTask() {
        List<Milestone> late = List.of(new Milestone(ROLLOUT, DUE.plusDays(1)));
        fixture.givenNoPriorActivity()
                .when(new AssignTaskCommand(TASK_ID, details(TITLE, LEAD, List.of(CO), DUE, late)), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(MILESTONE_AFTER_DUE_DATE));
    }

    @Test
    void cannotNameTheLeadDepartmentAlsoAsCoOperating() {
        fixture.givenNoPriorActivity()
                .when(new AssignTaskCommand(TASK_ID, details(TITLE, LEAD, List.of(CO, LEAD), DUE, MILESTONES)),
                        by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(LEAD_DEPARTMENT_ALSO_COOPERATING));
    }

    @Test
    void decomposingAddsTheSubtaskToTheParentAndAssignsItWithTheParentsCategoryAndDepartments() {
        fixture.given(assigned())
                .when(new DecomposeTaskCommand(TASK_ID, SUBTASK_ID, subtaskDetails(DUE), null), by(LEAD_DEPARTMENT))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1L)
                .expectEvents(new SubtaskAddedEvent(TASK_ID, SUBTASK_ID, DUE),
                        new TaskAssignedEvent(SUBTASK_ID, TASK_ID,
                                subtaskDetails(DUE).withCategory(TaskCategory.MAJOR_PRIORITY),
                                Set.of(LEAD), Set.of(LEAD, CO), Set.of(LEADER_NAME)));
    }

    @Test
    void subtaskKeepsTheCategoryItIsGiven() {
        TaskDetails weakness = subtaskDetails(DUE).withCategory(TaskCategory.WEAKNESS);
        fixture.given(assigned())
                .when(new DecomposeTaskCommand(TASK_ID, SUBTASK_ID, weakness, null), by(SUPERVISOR))
                .expectEvents(new SubtaskAddedEvent(TASK_ID, SUBTASK_ID, DUE),
                        new TaskAssignedEvent(SUBTASK_ID, TASK_ID, weakness, Set.of(LEAD), Set.of(LEAD, CO), Set.of(LEADER_NAME)));
    }

    @Test
    void subtaskOfASubtaskCarriesEveryAncestorsDepartments() {
        TaskDetails street = details("街道审批窗口改造", "高新区行政审批局", List.of("高新区财政局"), DUE, List.of());
        fixture.given(new TaskAssignedEvent(SUBTASK_ID, TASK_ID, subtaskDetails(DUE).withCategory(TaskCategory.BOTTLENECK),
                        Set.of(LEAD), Set.of(LEAD, CO), Set.of(LEADER_NAME)))
                .when(new DecomposeTaskCommand(SUBTASK_ID, OTHER_SUBTASK_ID, street.withCategory(null), null),
                        by(COUNTY_DEPARTMENT))
                .expectEvents(new SubtaskAddedEvent(SUBTASK_ID, OTHER_SUBTASK_ID, DUE),
                        new TaskAssignedEvent(OTHER_SUBTASK_ID, SUBTASK_ID,
                                street.withCategory(TaskCategory.BOTTLENECK),
                                Set.of(LEAD, COUNTY), Set.of(LEAD, CO, COUNTY), Set.of(LEADER_NAME)));
    }

    @Test
    void cannotDecomposeIntoSubtaskDueAfterItsParent() {
        fixture.given(assigned())
                .when(new DecomposeTaskCommand(TASK_ID, SUBTASK_ID, subtaskDetails(DUE.plusDays(1)), null),
                        by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(SUBTASK_DUE_AFTER_PARENT));
    }

    @Test
    void subtaskMayBeDueUpToTheParentsExtendedDueDate() {
        LocalDate extended = LocalDate.of(2023, 9, 28);
        fixture.given(assigned(),
                        new ExtensionRequestedEvent(TASK_ID, EXTENSION_ID, DUE, extended, "征地拆迁滞后"),
                        new ExtensionGrantedEvent(TASK_ID, EXTENSION_ID, DUE, extended, DUE, "同意"))
                .when(new DecomposeTaskCommand(TASK_ID, SUBTASK_ID, subtaskDetails(extended), null), by(LEAD_DEPARTMENT))
                .expectEvents(new SubtaskAddedEvent(TASK_ID, SUBTASK_ID, extended),
                        new TaskAssignedEvent(SUBTASK_ID, TASK_ID,
                                subtaskDetails(extended).withCategory(TaskCategory.MAJOR_PRIORITY),
                                Set.of(LEAD), Set.of(LEAD, CO), Set.of(LEADER_NAME)));
    }

    @Test
    void cannotDecomposeAClosedTask() {
        fixture.given(closedTask())
                .when(new DecomposeTaskCommand(TASK_ID, SUBTASK_ID, subtaskDetails(DUE), null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(TASK_CLOSED));
    }

    @Test
    void cannotDecomposeACompletedTask() {
        fixture.given(completedTask())
                .when(new DecomposeTaskCommand(TASK_ID, SUBTASK_ID, subtaskDetails(DUE), null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(TASK_COMPLETED));
    }

    @Test
    void cannotDecomposeIntoSubtaskDueBeforeToday() {
        fixture.given(assigned())
                .when(new DecomposeTaskCommand(TASK_ID, SUBTASK_ID, subtaskDetails(TODAY.minusDays(1)), null),
                        by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(DUE_DATE_IN_PAST));
    }

    @Test
    void cannotDecomposeIntoSubtaskWithDuplicateMilestones() {
        List<Milestone> twice = List.of(new Milestone(PLAN, LocalDate.of(2023, 4, 1)),
                new Milestone(PLAN, LocalDate.of(2023, 5, 1)));
        fixture.given(assigned())
                .when(new DecomposeTaskCommand(TASK_ID, SUBTASK_ID, details("区级方案", COUNTY, List.of(), DUE, twice),
                        null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(DUPLICATE_MILESTONE));
    }

    @Test
    void cannotDecomposeIntoSubtaskWithMilestoneAfterItsDueDate() {
        LocalDate subtaskDue = LocalDate.of(2023, 5, 31);
        List<Milestone> late = List.of(new Milestone(PLAN, subtaskDue.plusDays(1)));
        fixture.given(assigned())
                .when(new DecomposeTaskCommand(TASK_ID, SUBTASK_ID,
                        details("区级方案", COUNTY, List.of(), subtaskDue, late), null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(MILESTONE_AFTER_DUE_DATE));
    }

    @Test
    void cannotDecomposeIntoSubtaskWhoseLeadAlsoCoOperates() {
        fixture.given(assigned())
                .when(new DecomposeTaskCommand(TASK_ID, SUBTASK_ID,
                        details("区级方案", COUNTY, List.of(COUNTY), DUE, List.of()), null), by(LEAD_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(LEAD_DEPARTMENT_ALSO_COOPERATING));
    }
}
