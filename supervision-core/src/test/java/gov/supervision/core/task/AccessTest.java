package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.core.api.task.DecomposeTaskCommand;
import gov.supervision.core.api.task.EscalateTaskCommand;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.RecordReviewCommand;
import gov.supervision.core.api.task.RequestCompletionCommand;
import gov.supervision.core.api.task.RequestExtensionCommand;
import gov.supervision.core.api.task.SubmitProgressReportCommand;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gov.supervision.core.api.common.RuleViolation.*;
import static gov.supervision.core.task.TaskFixtures.*;

class AccessTest {

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void foreignDepartmentCannotClaimAnotherDepartmentsTask() {
        fixture.given(assigned())
                .when(new ClaimTaskCommand(TASK_ID, "钱科长", null), by(FOREIGN_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(NOT_LEAD_DEPARTMENT));
    }

    @Test
    void coOperatingDepartmentCannotClaimTheTask() {
        fixture.given(assigned())
                .when(new ClaimTaskCommand(TASK_ID, "赵科长", null), by(CO_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(NOT_LEAD_DEPARTMENT));
    }

    @Test
    void accessIsCheckedBeforeTheStateOfTheTask() {
        fixture.given(closedTask())
                .when(new ClaimTaskCommand(TASK_ID, "钱科长", null), by(FOREIGN_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(NOT_LEAD_DEPARTMENT));
    }

    @Test
    void coOperatingDepartmentCannotDecomposeTheTask() {
        fixture.given(assigned())
                .when(new DecomposeTaskCommand(TASK_ID, SUBTASK_ID, subtaskDetails(DUE), null), by(CO_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(NOT_LEAD_DEPARTMENT));
    }

    @Test
    void foreignDepartmentCannotEscalateTheTask() {
        fixture.given(inProgressTask())
                .when(new EscalateTaskCommand(TASK_ID, ESCALATION_ID, "协调不动", null), by(FOREIGN_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(NOT_LEAD_DEPARTMENT));
    }

    @Test
    void foreignDepartmentCannotAskForAnExtension() {
        fixture.given(inProgressTask())
                .when(new RequestExtensionCommand(TASK_ID, EXTENSION_ID, LocalDate.of(2023, 9, 28), "人手不足", null),
                        by(FOREIGN_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(NOT_LEAD_DEPARTMENT));
    }

    @Test
    void coOperatingDepartmentCannotAskForCompletion() {
        fixture.given(inProgressTask())
                .when(new RequestCompletionCommand(TASK_ID, COMPLETION_ID, "我方部分已完成", List.of(), null),
                        by(CO_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(NOT_LEAD_DEPARTMENT));
    }

    @Test
    void foreignDepartmentCannotRecordAReview() {
        fixture.given(closedTask())
                .when(new RecordReviewCommand(TASK_ID, "review-1", "经验", null), by(FOREIGN_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(NOT_LEAD_DEPARTMENT));
    }

    @Test
    void foreignDepartmentCannotReportProgress() {
        fixture.given(inProgressTask())
                .when(new SubmitProgressReportCommand(TASK_ID, "report-2", 50, "代为报送", null, null),
                        by(FOREIGN_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(NOT_TASK_DEPARTMENT));
    }

    @Test
    void leadOfTheParentTaskMayClaimItsSubtask() {
        fixture.given(countySubtask())
                .when(new ClaimTaskCommand(SUBTASK_ID, "张科长", null), by(LEAD_DEPARTMENT))
                .expectEvents(new TaskClaimedEvent(SUBTASK_ID, LEAD, "张科长"));
    }

    @Test
    void coOperatingDepartmentOfTheParentMayReportOnTheSubtask() {
        fixture.given(countySubtask(), new TaskClaimedEvent(SUBTASK_ID, COUNTY, "孙主任"))
                .when(new SubmitProgressReportCommand(SUBTASK_ID, "report-1", 30, "资金已下达", null, null),
                        by(CO_DEPARTMENT))
                .expectEvents(new ProgressReportedEvent(SUBTASK_ID, "report-1", CO, 30, "资金已下达", null));
    }

    @Test
    void coOperatingDepartmentOfTheParentCannotClaimTheSubtask() {
        fixture.given(countySubtask())
                .when(new ClaimTaskCommand(SUBTASK_ID, "赵科长", null), by(CO_DEPARTMENT))
                .expectNoEvents()
                .expectException(violates(NOT_LEAD_DEPARTMENT));
    }

    @Test
    void supervisorActsOnAnyTaskWhateverItsDepartment() {
        Actor inspectorWithDepartmentRole = new Actor("u-007", "周督查", Set.of(Role.SUPERVISOR, Role.DEPARTMENT),
                "市政府督查室");
        fixture.given(assigned())
                .when(new ClaimTaskCommand(TASK_ID, "张科长", null), by(inspectorWithDepartmentRole))
                .expectEvents(new TaskClaimedEvent(TASK_ID, null, "张科长"));
    }

    @Test
    void automaticEscalationWithoutAnActorIsNotScopedToADepartment() {
        fixture.given(inProgressTask())
                .when(new EscalateTaskCommand(TASK_ID, ESCALATION_ID, "红灯预警超过5日未消除", null), MetaData.emptyInstance())
                .expectEvents(new TaskEscalatedEvent(TASK_ID, ESCALATION_ID, EscalationLevel.LEADER,
                        "红灯预警超过5日未消除", null, Map.of()));
    }

    private static TaskAssignedEvent countySubtask() {
        return new TaskAssignedEvent(SUBTASK_ID, TASK_ID, subtaskDetails(DUE).withCategory(TaskCategory.MAJOR_PRIORITY),
                Set.of(LEAD), Set.of(LEAD, CO));
    }
}
