package gov.supervision.core.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.AssignTaskCommand;
import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.core.api.task.CloseTaskCommand;
import gov.supervision.core.api.task.DecideExtensionCommand;
import gov.supervision.core.api.task.EscalateTaskCommand;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.EscalationResolvedEvent;
import gov.supervision.core.api.task.EscalationWithdrawnEvent;
import gov.supervision.core.api.task.ExtensionGrantedEvent;
import gov.supervision.core.api.task.IssueWarningCommand;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.LiftWarningCommand;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.RequestExtensionCommand;
import gov.supervision.core.api.task.ResolveEscalationCommand;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.core.api.task.WithdrawalReason;
import gov.supervision.core.task.TaskDeadlines.RedUnresolved;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static gov.supervision.core.task.DueDateDeadlinesTest.dueSoon;
import static gov.supervision.core.task.DueDateDeadlinesTest.overdue;
import static gov.supervision.core.task.TaskFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscalationLadderTest {

    private static final TaskDetails PLAIN = timedDetails(DUE, ReportingCadence.NONE, List.of());
    private static final LocalDate SEPTEMBER = LocalDate.of(2023, 9, 28);
    private static final Instant A_YEAR_LATER = startOf(DUE.plusYears(1));

    private AggregateTestFixture<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = taskFixture();
    }

    @Test
    void redUnresolvedForSevenDaysIsEscalatedToTheLeaderInCharge() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)))
                .whenThenTimeAdvancesTo(START_OF_OVERDUE.plus(ESCALATE_AFTER))
                .expectEvents(dueSoon(DUE), overdue(DUE), escalated(EscalationLevel.LEADER, START_OF_OVERDUE, 1))
                .expectScheduledDeadline(START_OF_OVERDUE.plus(ESCALATE_AFTER.multipliedBy(2)),
                        new RedUnresolved(1, START_OF_OVERDUE, 2, "PT168H"));
    }

    @Test
    void redStillUnresolvedSevenDaysLaterGoesOnToTheCityGovernmentAndNoHigher() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)))
                .whenThenTimeAdvancesTo(START_OF_OVERDUE.plus(ESCALATE_AFTER.multipliedBy(2)))
                .expectEvents(dueSoon(DUE), overdue(DUE), escalated(EscalationLevel.LEADER, START_OF_OVERDUE, 1),
                        escalated(EscalationLevel.CITY_GOVERNMENT, START_OF_OVERDUE, 2))
                .expectNoScheduledDeadlineOfType(START_OF_OVERDUE, A_YEAR_LATER,
                        RedUnresolved.class);
    }

    @Test
    void noEscalationOnceTheRedIsGone() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)),
                as(LEAD_DEPARTMENT, new RequestExtensionCommand(TASK_ID, EXTENSION_ID, SEPTEMBER, "受汛期影响", null)));
        sendWhenDeadlineFalls(fixture, TaskDeadlines.RED_ESCALATION,
                new DecideExtensionCommand(TASK_ID, EXTENSION_ID, true, "同意延期", null), SUPERVISOR);
        fixture.whenThenTimeAdvancesTo(START_OF_OVERDUE.plus(ESCALATE_AFTER.multipliedBy(3)))
                .expectEvents(dueSoon(DUE), overdue(DUE),
                        new ExtensionGrantedEvent(TASK_ID, EXTENSION_ID, DUE, SEPTEMBER, DUE, "同意延期"),
                        new WarningLiftedEvent(TASK_ID, dueSoon(DUE).warningId(), WarningLevel.YELLOW,
                                TimeRule.DUE_SOON, LiftReason.EXTENSION_GRANTED),
                        new WarningLiftedEvent(TASK_ID, overdue(DUE).warningId(), WarningLevel.RED,
                                TimeRule.OVERDUE, LiftReason.EXTENSION_GRANTED))
                .expectNoScheduledDeadlineOfType(START_OF_OVERDUE, A_YEAR_LATER,
                        RedUnresolved.class);
    }

    @Test
    void aManualRedWarningStartsTheLadderToo() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)))
                .when(new IssueWarningCommand(TASK_ID, "warning-1", WarningLevel.RED, "推进严重滞后", null),
                        by(SUPERVISOR))
                .expectEvents(manualWarning(WarningLevel.RED))
                .expectScheduledDeadline(NOW.plus(ESCALATE_AFTER), new RedUnresolved(1, NOW, 1, "PT168H"));
    }

    @Test
    void aManualRedWarningUnresolvedForSevenDaysIsEscalated() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)),
                        as(SUPERVISOR, new IssueWarningCommand(TASK_ID, "warning-1", WarningLevel.RED, "推进严重滞后",
                                null)))
                .whenThenTimeAdvancesTo(NOW.plus(ESCALATE_AFTER))
                .expectEvents(escalated(EscalationLevel.LEADER, NOW, 1));
    }

    @Test
    void aYellowWarningStartsNoLadder() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)))
                .when(new IssueWarningCommand(TASK_ID, "warning-1", WarningLevel.YELLOW, "推进严重滞后", null),
                        by(SUPERVISOR))
                .expectNoScheduledDeadlineOfType(NOW, START_OF_OVERDUE, RedUnresolved.class);
    }

    @Test
    void aSecondRedWarningDoesNotRestartTheLadder() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)),
                        as(SUPERVISOR, new IssueWarningCommand(TASK_ID, "warning-1", WarningLevel.RED, "推进严重滞后",
                                null)))
                .when(new IssueWarningCommand(TASK_ID, "warning-2", WarningLevel.RED, "群众反映强烈", null),
                        by(SUPERVISOR))
                .expectScheduledDeadline(NOW.plus(ESCALATE_AFTER), new RedUnresolved(1, NOW, 1, "PT168H"))
                .expectNoScheduledDeadline(NOW.plus(ESCALATE_AFTER), new RedUnresolved(2, NOW, 1, "PT168H"));
    }

    @Test
    void ladderSkipsTheLevelTheTaskWasAlreadyEscalatedToByHand() {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                        as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)),
                        as(SUPERVISOR, new IssueWarningCommand(TASK_ID, "warning-1", WarningLevel.RED, "推进严重滞后",
                                null)),
                        as(LEAD_DEPARTMENT, new EscalateTaskCommand(TASK_ID, ESCALATION_ID, "土地指标无法落实", null)))
                .whenThenTimeAdvancesTo(NOW.plus(ESCALATE_AFTER.multipliedBy(2)))
                .expectEvents(escalated(EscalationLevel.CITY_GOVERNMENT, NOW, 2));
    }

    @Test
    void anAutomaticEscalationIsResolvedLikeOneByHand() {
        TaskEscalatedEvent automatic = escalated(EscalationLevel.LEADER, START_OF_OVERDUE, 1);
        fixture.given(assigned(), overdue(DUE), automatic)
                .when(new ResolveEscalationCommand(TASK_ID, automatic.escalationId(), "同意调剂用地指标", null), by(LEADER))
                .expectEvents(new EscalationResolvedEvent(TASK_ID, automatic.escalationId(), EscalationLevel.LEADER,
                        "同意调剂用地指标"));
    }

    @Test
    void afterTheLeadersDecisionOnAnAutomaticEscalationTheNextOneByHandStartsAtTheLeader() {
        TaskEscalatedEvent automatic = escalated(EscalationLevel.LEADER, START_OF_OVERDUE, 1);
        fixture.given(assigned(), overdue(DUE), automatic,
                        new EscalationResolvedEvent(TASK_ID, automatic.escalationId(), EscalationLevel.LEADER,
                                "同意调剂用地指标"))
                .when(new EscalateTaskCommand(TASK_ID, ESCALATION_ID, "调剂指标未到位", null), by(SUPERVISOR))
                .expectEvents(new TaskEscalatedEvent(TASK_ID, ESCALATION_ID, EscalationLevel.LEADER, "调剂指标未到位",
                        null, Map.of()));
    }

    @Test
    void afterTheLeadersDecisionTheCityStepWaitsAFullEscalateAfterFromTheDecision() {
        Instant decidedAt = START_OF_OVERDUE.plus(Duration.ofDays(10));
        decideAtTheLeaderAt(decidedAt);
        // Fourteen days after the task turned red, where the ladder would have stood without the decision.
        fixture.whenThenTimeAdvancesTo(decidedAt.plus(ESCALATE_AFTER).minusSeconds(60))
                .expectEvents(dueSoon(DUE), overdue(DUE), escalated(EscalationLevel.LEADER, START_OF_OVERDUE, 1),
                        leaderDecided())
                .expectScheduledDeadline(decidedAt.plus(ESCALATE_AFTER),
                        new RedUnresolved(1, START_OF_OVERDUE, 2, "PT168H", decidedAt));
    }

    @Test
    void stillRedAFullEscalateAfterPastTheLeadersDecisionTheTaskGoesToTheCityGovernment() {
        Instant decidedAt = START_OF_OVERDUE.plus(Duration.ofDays(10));
        decideAtTheLeaderAt(decidedAt);
        fixture.whenThenTimeAdvancesTo(decidedAt.plus(ESCALATE_AFTER))
                .expectEvents(dueSoon(DUE), overdue(DUE), escalated(EscalationLevel.LEADER, START_OF_OVERDUE, 1),
                        leaderDecided(),
                        new TaskEscalatedEvent(TASK_ID, automaticId(TASK_ID, TimeRule.RED_UNRESOLVED,
                                "1:2:" + decidedAt), EscalationLevel.CITY_GOVERNMENT,
                                "分管领导协调后红灯预警超过7天仍未解除，提请市政府统一协调", TimeRule.RED_UNRESOLVED,
                                Map.of("rules", "1.1", "escalateAfter", "PT168H",
                                        "redSince", START_OF_OVERDUE.toString(), "step", "2",
                                        "decidedAt", decidedAt.toString())));
    }

    @Test
    void noCityStepWhenTheRedIsGoneByTheTimeItWouldFallDue() {
        Instant decidedAt = START_OF_OVERDUE.plus(Duration.ofDays(10));
        decideAtTheLeaderAt(decidedAt);
        sendAt(fixture, decidedAt.plus(Duration.ofDays(3)),
                new LiftWarningCommand(TASK_ID, overdue(DUE).warningId(), "协调后已落实用地指标", null), SUPERVISOR);
        fixture.whenThenTimeAdvancesTo(decidedAt.plus(ESCALATE_AFTER.multipliedBy(2)))
                .expectEvents(dueSoon(DUE), overdue(DUE), escalated(EscalationLevel.LEADER, START_OF_OVERDUE, 1),
                        leaderDecided(), new WarningLiftedEvent(TASK_ID, overdue(DUE).warningId(), WarningLevel.RED,
                                TimeRule.OVERDUE, LiftReason.LIFTED_BY_HAND, "协调后已落实用地指标"));
    }

    @Test
    void closingTheTaskWithdrawsTheEscalationsStillOpen() {
        fixture.given(assigned(), claimed(), new TaskEscalatedEvent(TASK_ID, ESCALATION_ID, EscalationLevel.LEADER,
                                "土地指标无法落实", null, Map.of()), reported(90, null), completionRequested(),
                        completionApproved())
                .when(new CloseTaskCommand(TASK_ID, "销号", null), by(SUPERVISOR))
                .expectEvents(closed(), new EscalationWithdrawnEvent(TASK_ID, ESCALATION_ID, EscalationLevel.LEADER,
                        WithdrawalReason.TASK_CLOSED));
    }

    @Test
    void closingTheTaskLeavesDecidedEscalationsAsTheyWere() {
        fixture.given(assigned(), claimed(), new TaskEscalatedEvent(TASK_ID, ESCALATION_ID, EscalationLevel.LEADER,
                                "土地指标无法落实", null, Map.of()),
                        new EscalationResolvedEvent(TASK_ID, ESCALATION_ID, EscalationLevel.LEADER, "同意调剂用地指标"),
                        reported(90, null), completionRequested(), completionApproved())
                .when(new CloseTaskCommand(TASK_ID, "销号", null), by(SUPERVISOR))
                .expectEvents(closed());
    }

    @Test
    void theLadderClimbsToTheLeaderThenToTheCityGovernmentAndNoHigher() {
        RedUnresolved first = new EscalationLadder(ESCALATE_AFTER).firstStep(1, NOW);
        RedUnresolved second = EscalationLadder.nextStep(first).orElseThrow();

        assertThat(EscalationLadder.reaches(first)).isEqualTo(EscalationLevel.LEADER);
        assertThat(EscalationLadder.reaches(second)).isEqualTo(EscalationLevel.CITY_GOVERNMENT);
        assertThat(EscalationLadder.nextStep(second)).isEmpty();
    }

    @Test
    void eachStepFallsDueEscalateAfterTimesItsNumberAfterTheTaskTurnedRed() {
        RedUnresolved first = new EscalationLadder(ESCALATE_AFTER).firstStep(1, NOW);

        assertThat(EscalationLadder.due(first)).isEqualTo(NOW.plus(ESCALATE_AFTER));
        assertThat(EscalationLadder.due(EscalationLadder.nextStep(first).orElseThrow()))
                .isEqualTo(NOW.plus(ESCALATE_AFTER.multipliedBy(2)));
    }

    @Test
    void aLadderKeepsTheSettingItStartedWith() {
        RedUnresolved first = new EscalationLadder(Duration.ofDays(5)).firstStep(2, NOW);

        assertThat(first).isEqualTo(new RedUnresolved(2, NOW, 1, "PT120H"));
        assertThat(EscalationLadder.nextStep(first)).contains(new RedUnresolved(2, NOW, 2, "PT120H"));
    }

    @Test
    void byHandATaskGoesOneLevelAboveItsHighestOpenEscalationUpToTheCityGovernment() {
        assertThat(EscalationLadder.oneAbove(EscalationLevel.NONE)).isEqualTo(EscalationLevel.LEADER);
        assertThat(EscalationLadder.oneAbove(EscalationLevel.LEADER)).isEqualTo(EscalationLevel.CITY_GOVERNMENT);
        assertThatThrownBy(() -> EscalationLadder.oneAbove(EscalationLevel.CITY_GOVERNMENT))
                .isInstanceOfSatisfying(RuleViolationException.class, refusal -> assertThat(refusal.violation())
                        .isEqualTo(RuleViolation.ESCALATION_AT_TOP_LEVEL));
    }

    private void decideAtTheLeaderAt(Instant decidedAt) {
        fixture.givenCommands(as(SUPERVISOR, new AssignTaskCommand(TASK_ID, PLAIN)),
                as(LEAD_DEPARTMENT, new ClaimTaskCommand(TASK_ID, "张科长", null)));
        sendAt(fixture, decidedAt, new ResolveEscalationCommand(TASK_ID,
                escalated(EscalationLevel.LEADER, START_OF_OVERDUE, 1).escalationId(), "同意调剂用地指标", null), LEADER);
    }

    private static EscalationResolvedEvent leaderDecided() {
        return new EscalationResolvedEvent(TASK_ID, escalated(EscalationLevel.LEADER, START_OF_OVERDUE, 1)
                .escalationId(), EscalationLevel.LEADER, "同意调剂用地指标");
    }

    static TaskEscalatedEvent escalated(EscalationLevel level, Instant redSince, int step) {
        String to = level == EscalationLevel.LEADER ? "提请分管领导协调" : "提请市政府统一协调";
        return new TaskEscalatedEvent(TASK_ID, automaticId(TASK_ID, TimeRule.RED_UNRESOLVED, "1:" + step), level,
                "红灯预警超过" + (7 * step) + "天未解除，" + to, TimeRule.RED_UNRESOLVED,
                Map.of("escalateAfter", "PT168H", "redSince", redSince.toString(), "step", String.valueOf(step)));
    }

    private static WarningIssuedEvent manualWarning(WarningLevel level) {
        return new WarningIssuedEvent(TASK_ID, "warning-1", level, "推进严重滞后", null, Map.of());
    }
}
