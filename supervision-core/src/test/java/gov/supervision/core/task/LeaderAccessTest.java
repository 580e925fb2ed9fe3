package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.task.DecomposeTaskCommand;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.EscalationResolvedEvent;
import gov.supervision.core.api.task.RecordYearEndExplanationCommand;
import gov.supervision.core.api.task.ResolveEscalationCommand;
import gov.supervision.core.api.task.SubtaskAddedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.YearEndExplanationRecordedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static gov.supervision.core.api.common.RuleViolation.NOT_CITY_GOVERNMENT_LEADER;
import static gov.supervision.core.api.common.RuleViolation.NOT_LEADER_IN_CHARGE;
import static gov.supervision.core.task.TaskFixtures.*;

/** A leader writes only for the tasks in their charge; the city government's step is decided by its own leaders. */
class LeaderAccessTest {

    private static final String ESCALATION = "escalation-1";
    private static final Actor LI = new Actor("leader-li", "李副市长", Set.of(Role.LEADER), null);

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    /** A task of the directory: the leader in charge known by id. */
    private static TaskAssignedEvent assignedToLi() {
        TaskDetails free = details();
        return new TaskAssignedEvent(TASK_ID, null, new TaskDetails(free.title(), free.description(), free.category(),
                free.source(), "李副市长", LEAD, List.of(CO), free.responsiblePerson(), free.dueDate(),
                free.reportingCadence(), free.milestones(), "leader-li", "FGW", List.of("CZJ")), Set.of(), Set.of());
    }

    private static TaskEscalatedEvent escalated(EscalationLevel level) {
        return new TaskEscalatedEvent(TASK_ID, ESCALATION, level, "红灯预警未消除", null, Map.of());
    }

    @Test
    void aLeaderCannotResolveTheEscalationOfAnotherLeadersTask() {
        fixture.given(assignedToLi(), escalated(EscalationLevel.LEADER))
                .when(new ResolveEscalationCommand(TASK_ID, ESCALATION, "同意", null), by(OTHER_LEADER))
                .expectNoEvents()
                .expectException(violates(NOT_LEADER_IN_CHARGE));
    }

    @Test
    void theLeaderInChargeResolvesTheirTasksEscalationByTheIdOfTheirToken() {
        fixture.given(assignedToLi(), escalated(EscalationLevel.LEADER))
                .when(new ResolveEscalationCommand(TASK_ID, ESCALATION, "同意调剂用地指标", null), by(LI))
                .expectEvents(new EscalationResolvedEvent(TASK_ID, ESCALATION, EscalationLevel.LEADER, "同意调剂用地指标"));
    }

    @Test
    void onlyACityGovernmentLeaderDecidesACityGovernmentEscalation() {
        fixture.given(assignedToLi(), escalated(EscalationLevel.CITY_GOVERNMENT))
                .when(new ResolveEscalationCommand(TASK_ID, ESCALATION, "同意", null, false), by(LI))
                .expectNoEvents()
                .expectException(violates(NOT_CITY_GOVERNMENT_LEADER));
        fixture.given(assignedToLi(), escalated(EscalationLevel.CITY_GOVERNMENT))
                .when(new ResolveEscalationCommand(TASK_ID, ESCALATION, "市政府统筹", null, true), by(CITY_LEADER))
                .expectEvents(new EscalationResolvedEvent(TASK_ID, ESCALATION, EscalationLevel.CITY_GOVERNMENT,
                        "市政府统筹"));
    }

    @Test
    void theOfficeRecordsADecisionOnAnyTask() {
        fixture.given(assignedToLi(), escalated(EscalationLevel.CITY_GOVERNMENT))
                .when(new ResolveEscalationCommand(TASK_ID, ESCALATION, "市政府常务会议定", null), by(SUPERVISOR))
                .expectEvents(new EscalationResolvedEvent(TASK_ID, ESCALATION, EscalationLevel.CITY_GOVERNMENT,
                        "市政府常务会议定"));
    }

    @Test
    void aLeaderCannotExplainAnotherLeadersUnfinishedTask() {
        fixture.given(assignedToLi(), claimed())
                .when(new RecordYearEndExplanationCommand(TASK_ID, 2023, "明年完成", null), by(OTHER_LEADER))
                .expectNoEvents()
                .expectException(violates(NOT_LEADER_IN_CHARGE));
        fixture.given(assignedToLi(), claimed())
                .when(new RecordYearEndExplanationCommand(TASK_ID, 2023, "明年完成", null), by(LI))
                .expectEvents(new YearEndExplanationRecordedEvent(TASK_ID, 2023, "明年完成"));
    }

    @Test
    void theParentsLeaderActsOnItsSubtasks() {
        TaskDetails sub = subtaskDetails(DUE);
        TaskDetails subByWang = new TaskDetails(sub.title(), sub.description(), sub.category(), sub.source(),
                "王副市长", COUNTY, List.of(), sub.responsiblePerson(), sub.dueDate(), sub.reportingCadence(),
                sub.milestones(), "leader-wang", "GXQ", List.of());
        fixture.given(assignedToLi())
                .when(new DecomposeTaskCommand(TASK_ID, SUBTASK_ID, subByWang, null, null), by(SUPERVISOR))
                .expectEvents(new SubtaskAddedEvent(TASK_ID, SUBTASK_ID, DUE, null),
                        new TaskAssignedEvent(SUBTASK_ID, TASK_ID, subByWang.withCategory(details().category()),
                                Set.of("FGW"), Set.of("FGW", "CZJ"), Set.of("leader-li")));
    }
}
