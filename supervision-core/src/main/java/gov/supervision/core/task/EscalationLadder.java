package gov.supervision.core.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.task.TaskDeadlines.RedUnresolved;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * "对多方努力仍进展不理想的工作，要及时报告，由市政府统一协调解决，坚决防止拖延误事": a red warning left unresolved for
 * {@code escalate-after} escalates to the leader in charge ("谁分管、谁负责"), and still red as long again to the city
 * government, the top. A ladder belongs to one red spell; a step skips a level already reached by hand. Escalating
 * by hand goes one level above the highest escalation still open. Each step carries the {@code escalate-after} its
 * ladder started with, so a later change of the setting never moves a ladder already climbing. The leader's
 * decision ends the leader's step: the city government's then needs the task still red a full {@code escalate-after}
 * after the decision.
 */
final class EscalationLadder {

    static final String ESCALATE_AFTER_SETTING = "supervision.rules.escalate-after";
    static final Duration DEFAULT_ESCALATE_AFTER = Duration.ofDays(7);

    private static final String ESCALATE_AFTER = "escalateAfter";
    private static final String RED_SINCE = "redSince";
    private static final String STEP = "step";
    private static final String DECIDED_AT = "decidedAt";

    private final Duration escalateAfter;

    EscalationLadder(Duration escalateAfter) {
        this.escalateAfter = escalateAfter;
    }

    /** The first step of the ladder of a red spell that began at {@code redSince}. */
    RedUnresolved firstStep(int redSpell, Instant redSince) {
        return new RedUnresolved(redSpell, redSince, 1, escalateAfter.toString());
    }

    /** The city government's step after the leader decided at {@code decidedAt}, the task still red. */
    RedUnresolved afterLeaderDecision(int redSpell, Instant redSince, Instant decidedAt) {
        return new RedUnresolved(redSpell, redSince, 2, escalateAfter.toString(), decidedAt);
    }

    /** The leader's step leads to the city government's; there is none above it. */
    static Optional<RedUnresolved> nextStep(RedUnresolved step) {
        return step.step() == 1
                ? Optional.of(new RedUnresolved(step.redSpell(), step.redSince(), 2, step.escalateAfter()))
                : Optional.empty();
    }

    static Instant due(RedUnresolved step) {
        return step.decidedAt() != null
                ? step.decidedAt().plus(Duration.parse(step.escalateAfter()))
                : step.redSince().plus(unresolvedFor(step));
    }

    static EscalationLevel reaches(RedUnresolved step) {
        return step.step() == 1 ? EscalationLevel.LEADER : EscalationLevel.CITY_GOVERNMENT;
    }

    /**
     * A step of an earlier red spell, one due after the red is gone or the task is completed, and a step to the city
     * government that does not count from the leader's last decision in its spell, are stale.
     */
    static boolean stillApplies(RedUnresolved step, ActiveWarnings warnings, TaskLifecycle lifecycle,
                                Instant leaderDecidedInSpell) {
        return step.redSpell() == warnings.redSpell() && warnings.anyRed() && !lifecycle.finished()
                && (step.step() == 1 || Objects.equals(step.decidedAt(), leaderDecidedInSpell));
    }

    static boolean raises(RedUnresolved step, EscalationLevel openLevel) {
        return reaches(step).compareTo(openLevel) > 0;
    }

    static EscalationLevel oneAbove(EscalationLevel openLevel) {
        if (openLevel == EscalationLevel.CITY_GOVERNMENT) {
            throw new RuleViolationException(RuleViolation.ESCALATION_AT_TOP_LEVEL,
                    "The task is already escalated to the city government, the highest level.");
        }
        return EscalationLevel.values()[openLevel.ordinal() + 1];
    }

    static TaskEscalatedEvent escalation(String taskId, RedUnresolved step) {
        EscalationLevel target = reaches(step);
        String to = target == EscalationLevel.LEADER ? "提请分管领导协调" : "提请市政府统一协调";
        if (step.decidedAt() != null) {
            return new TaskEscalatedEvent(taskId, RuleEvents.automaticId(taskId, TimeRule.RED_UNRESOLVED,
                    step.redSpell() + ":" + step.step() + ":" + step.decidedAt()), target,
                    "分管领导协调后红灯预警超过" + spoken(Duration.parse(step.escalateAfter())) + "仍未解除，" + to,
                    TimeRule.RED_UNRESOLVED, RuleEvents.rules(ESCALATE_AFTER, step.escalateAfter(),
                            RED_SINCE, step.redSince().toString(), STEP, String.valueOf(step.step()),
                            DECIDED_AT, step.decidedAt().toString()));
        }
        return new TaskEscalatedEvent(taskId,
                RuleEvents.automaticId(taskId, TimeRule.RED_UNRESOLVED, step.redSpell() + ":" + step.step()), target,
                "红灯预警超过" + spoken(unresolvedFor(step)) + "未解除，" + to, TimeRule.RED_UNRESOLVED,
                RuleEvents.parameters(ESCALATE_AFTER, step.escalateAfter(), RED_SINCE, step.redSince().toString(),
                        STEP, String.valueOf(step.step())));
    }

    private static Duration unresolvedFor(RedUnresolved step) {
        return Duration.parse(step.escalateAfter()).multipliedBy(step.step());
    }

    private static String spoken(Duration duration) {
        return duration.toHoursPart() == 0 && duration.toMinutesPart() == 0
                ? duration.toDays() + "天"
                : duration.toHours() + "小时";
    }
}
