package gov.supervision.core.task;

import gov.supervision.core.api.task.AssignTaskCommand;
import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.core.api.task.EscalateTaskCommand;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.EscalationResolvedEvent;
import gov.supervision.core.api.task.IssueWarningCommand;
import gov.supervision.core.api.task.ResolveEscalationCommand;
import gov.supervision.core.api.task.SendUrgingNoticeCommand;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.UrgingNoticeSentEvent;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.task.TaskDeadlines.RedUnresolved;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static gov.supervision.core.api.common.RuleViolation.*;
import static gov.supervision.core.task.EscalationLadderTest.escalated;
import static gov.supervision.core.task.TaskFixtures.*;

class WarningUrgingEscalationTest {

    private static final String LEADER_ESCALATION = "escalation-leader";
    private static final String CITY_ESCALATION = "escalation-city";

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void supervisorIssuesARedWarningByHand() {
        fixture.given(inProgressTask())
                .when(new IssueWarningCommand(TASK_ID, "warning-1", WarningLevel.RED, "连续两月未报送进度", null),
                        by(SUPERVISOR))
                .expectEvents(warning("warning-1", WarningLevel.RED, "连续两月未报送进度"))
                .expectResultMessagePayload(3L)
                .expectScheduledDeadline(NOW.plus(ESCALATE_AFTER), new RedUnresolved(1, NOW, 1, "PT168H"));
    }

    @Test
    void aYellowWarningDoesNotSoftenARedOne() {
        fixture.given(assigned(), warning("warning-1", WarningLevel.RED, "逾期未报"))
                .when(new IssueWarningCommand(TASK_ID, "warning-2", WarningLevel.YELLOW, "节点临近", null),
                        by(SUPERVISOR))
                .expectEvents(warning("warning-2", WarningLevel.YELLOW, "节点临近"));
    }

    @Test
    void aTaskStillRedAfterAYellowWarningEscalatesAsItWould() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, details())),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)),
                        as(SUPERVISOR, new IssueWarningCommand(TASK_ID, "warning-1", WarningLevel.RED, "逾期未报", null)),
                        as(SUPERVISOR, new IssueWarningCommand(TASK_ID, "warning-2", WarningLevel.YELLOW, "节点临近",
                                null)))
                .whenThenTimeAdvancesTo(NOW.plus(ESCALATE_AFTER))
                .expectEvents(escalated(EscalationLevel.LEADER, NOW, 1));
    }

    @Test
    void cannotWarnAboutAClosedTask() {
        fixture.given(closedTask())
                .when(new IssueWarningCommand(TASK_ID, "warning-1", WarningLevel.RED, "逾期", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(TASK_CLOSED));
    }

    @Test
    void cannotWarnAboutACompletedTask() {
        fixture.given(completedTask())
                .when(new IssueWarningCommand(TASK_ID, "warning-1", WarningLevel.RED, "逾期", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(TASK_COMPLETED));
    }

    @Test
    void supervisorSendsAnUrgingNotice() {
        fixture.given(claimedTask())
                .when(new SendUrgingNoticeCommand(TASK_ID, "urging-1", "请于本周五前报送进展", TODAY.plusDays(3), null), by(SUPERVISOR))
                .expectEvents(new UrgingNoticeSentEvent(TASK_ID, "urging-1", "请于本周五前报送进展", TODAY.plusDays(3)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void cannotUrgeAClosedTask() {
        fixture.given(closedTask())
                .when(new SendUrgingNoticeCommand(TASK_ID, "urging-1", "请加快进度", null, null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(TASK_CLOSED));
    }

    @Test
    void cannotUrgeACompletedTask() {
        fixture.given(completedTask())
                .when(new SendUrgingNoticeCommand(TASK_ID, "urging-1", "请加快进度", null, null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(TASK_COMPLETED));
    }

    @Test
    void firstEscalationGoesToTheLeaderInCharge() {
        fixture.given(inProgressTask())
                .when(new EscalateTaskCommand(TASK_ID, LEADER_ESCALATION, "土地指标无法落实", null), by(LEAD_DEPARTMENT))
                .expectEvents(new TaskEscalatedEvent(TASK_ID, LEADER_ESCALATION, EscalationLevel.LEADER,
                        "土地指标无法落实", null, Map.of()));
    }

    @Test
    void escalationStillOpenAtTheLeaderGoesOnToTheCityGovernment() {
        fixture.given(assigned(), escalatedTo(LEADER_ESCALATION, EscalationLevel.LEADER))
                .when(new EscalateTaskCommand(TASK_ID, CITY_ESCALATION, "分管领导协调未果", null), by(SUPERVISOR))
                .expectEvents(new TaskEscalatedEvent(TASK_ID, CITY_ESCALATION, EscalationLevel.CITY_GOVERNMENT,
                        "分管领导协调未果", null, Map.of()));
    }

    @Test
    void cannotEscalateBeyondTheCityGovernment() {
        fixture.given(assigned(), escalatedTo(LEADER_ESCALATION, EscalationLevel.LEADER),
                        escalatedTo(CITY_ESCALATION, EscalationLevel.CITY_GOVERNMENT))
                .when(new EscalateTaskCommand(TASK_ID, "escalation-3", "仍未解决", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(ESCALATION_AT_TOP_LEVEL));
    }

    @Test
    void escalatingAgainAfterTheLeaderDecidedStartsAtTheLeaderOnceMore() {
        fixture.given(assigned(), escalatedTo(LEADER_ESCALATION, EscalationLevel.LEADER),
                        new EscalationResolvedEvent(TASK_ID, LEADER_ESCALATION, EscalationLevel.LEADER, "财政局先行垫付"))
                .when(new EscalateTaskCommand(TASK_ID, "escalation-3", "垫付资金未到位", null), by(SUPERVISOR))
                .expectEvents(new TaskEscalatedEvent(TASK_ID, "escalation-3", EscalationLevel.LEADER, "垫付资金未到位",
                        null, Map.of()));
    }

    @Test
    void cannotEscalateAClosedTask() {
        fixture.given(closedTask())
                .when(new EscalateTaskCommand(TASK_ID, LEADER_ESCALATION, "遗留问题", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(TASK_CLOSED));
    }

    @Test
    void cannotEscalateACompletedTask() {
        fixture.given(completedTask())
                .when(new EscalateTaskCommand(TASK_ID, LEADER_ESCALATION, "遗留问题", null), by(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(TASK_COMPLETED));
    }

    @Test
    void resolvingTheCityEscalationLeavesTheLeaderOneOpen() {
        fixture.given(assigned(), escalatedTo(LEADER_ESCALATION, EscalationLevel.LEADER),
                        escalatedTo(CITY_ESCALATION, EscalationLevel.CITY_GOVERNMENT))
                .when(new ResolveEscalationCommand(TASK_ID, CITY_ESCALATION, "市政府常务会议定：由发展改革委统筹", null,
                        true), by(CITY_LEADER))
                .expectEvents(new EscalationResolvedEvent(TASK_ID, CITY_ESCALATION, EscalationLevel.CITY_GOVERNMENT,
                        "市政府常务会议定：由发展改革委统筹"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void withTheLeaderEscalationStillOpenTheNextOneGoesToTheCityGovernmentAgain() {
        fixture.given(assigned(), escalatedTo(LEADER_ESCALATION, EscalationLevel.LEADER),
                        escalatedTo(CITY_ESCALATION, EscalationLevel.CITY_GOVERNMENT),
                        new EscalationResolvedEvent(TASK_ID, CITY_ESCALATION, EscalationLevel.CITY_GOVERNMENT,
                                "市政府常务会议定：由发展改革委统筹"))
                .when(new EscalateTaskCommand(TASK_ID, "escalation-3", "统筹方案未落实", null), by(SUPERVISOR))
                .expectEvents(new TaskEscalatedEvent(TASK_ID, "escalation-3", EscalationLevel.CITY_GOVERNMENT,
                        "统筹方案未落实", null, Map.of()));
    }

    @Test
    void resolvingTheOnlyOpenEscalationClearsTheEscalationLevel() {
        fixture.given(assigned(), escalatedTo(LEADER_ESCALATION, EscalationLevel.LEADER))
                .when(new ResolveEscalationCommand(TASK_ID, LEADER_ESCALATION, "同意调剂用地指标", null), by(LEADER))
                .expectEvents(new EscalationResolvedEvent(TASK_ID, LEADER_ESCALATION, EscalationLevel.LEADER,
                        "同意调剂用地指标"));
    }

    @Test
    void cannotResolveAnEscalationTheTaskDoesNotHave() {
        fixture.given(assigned())
                .when(new ResolveEscalationCommand(TASK_ID, "no-such-escalation", "同意", null), by(LEADER))
                .expectNoEvents()
                .expectException(violates(UNKNOWN_ESCALATION));
    }

    @Test
    void cannotResolveAnEscalationTwice() {
        fixture.given(assigned(), escalatedTo(LEADER_ESCALATION, EscalationLevel.LEADER),
                        new EscalationResolvedEvent(TASK_ID, LEADER_ESCALATION, EscalationLevel.LEADER, "同意"))
                .when(new ResolveEscalationCommand(TASK_ID, LEADER_ESCALATION, "再次同意", null), by(LEADER))
                .expectNoEvents()
                .expectException(violates(ESCALATION_ALREADY_RESOLVED));
    }

    private static TaskEscalatedEvent escalatedTo(String escalationId, EscalationLevel level) {
        return new TaskEscalatedEvent(TASK_ID, escalationId, level, "红灯预警未消除", null, Map.of());
    }

    private static WarningIssuedEvent warning(String warningId, WarningLevel level, String reason) {
        return new WarningIssuedEvent(TASK_ID, warningId, level, reason, null, Map.of());
    }
}
