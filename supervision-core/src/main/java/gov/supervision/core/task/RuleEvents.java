package gov.supervision.core.task;

import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.task.TaskDeadlines.DueSoon;
import gov.supervision.core.task.TaskDeadlines.MilestonePassed;
import gov.supervision.core.task.TaskDeadlines.Overdue;
import gov.supervision.core.task.TaskDeadlines.RedUnresolved;
import gov.supervision.core.task.TaskDeadlines.ReportMissed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The events the rules of time cause, with the parameters they applied. Their ids are name-based UUIDs of
 * {@code taskId:RULE:key}, so a deadline fired again after a retry or replay names the same warning or
 * escalation instead of adding one.
 */
final class RuleEvents {

    static final String YELLOW_BEFORE = "yellowBefore";
    static final String DUE_DATE = "dueDate";
    static final String MILESTONE = "milestone";
    static final String MILESTONE_DATE = "milestoneDate";
    static final String CADENCE = "cadence";
    static final String MISSED_PERIODS = "missedPeriods";
    static final String SINCE = "since";
    static final String ESCALATE_AFTER = "escalateAfter";
    static final String RED_SINCE = "redSince";
    static final String STEP = "step";

    private RuleEvents() {
    }

    static WarningIssuedEvent dueSoon(String taskId, DueSoon deadline) {
        return new WarningIssuedEvent(taskId, automaticId(taskId, TimeRule.DUE_SOON, deadline.dueDate()),
                WarningLevel.YELLOW, "临近办结时限（" + deadline.dueDate() + "）", TimeRule.DUE_SOON,
                parameters(YELLOW_BEFORE, deadline.yellowBefore(), DUE_DATE, deadline.dueDate().toString()));
    }

    static WarningIssuedEvent overdue(String taskId, Overdue deadline) {
        return new WarningIssuedEvent(taskId, automaticId(taskId, TimeRule.OVERDUE, deadline.dueDate()),
                WarningLevel.RED, "已超过办结时限（" + deadline.dueDate() + "）未办结", TimeRule.OVERDUE,
                parameters(DUE_DATE, deadline.dueDate().toString()));
    }

    static WarningIssuedEvent milestoneMissed(String taskId, MilestonePassed deadline) {
        return new WarningIssuedEvent(taskId, automaticId(taskId, TimeRule.MILESTONE_MISSED, deadline.milestone()),
                WarningLevel.YELLOW,
                "节点“" + deadline.milestone() + "”（" + deadline.milestoneDate() + "）已过未完成",
                TimeRule.MILESTONE_MISSED,
                parameters(MILESTONE, deadline.milestone(), MILESTONE_DATE, deadline.milestoneDate().toString()));
    }

    /** One missed period turns the task yellow, two in a row red ("以周保月、以月保季"). */
    static WarningIssuedEvent reportMissed(String taskId, ReportingCadence cadence, ReportMissed deadline) {
        boolean repeated = deadline.missedPeriods() > 1;
        String reason = (repeated ? "连续" + deadline.missedPeriods() + "个报送周期" : "一个报送周期")
                + "（" + periodName(cadence) + "）未报送进度";
        String key = deadline.reportsReceived() + ":" + deadline.missedPeriods();
        return new WarningIssuedEvent(taskId, automaticId(taskId, TimeRule.REPORT_MISSED, key),
                repeated ? WarningLevel.RED : WarningLevel.YELLOW, reason, TimeRule.REPORT_MISSED,
                parameters(CADENCE, cadence.name(), MISSED_PERIODS, String.valueOf(deadline.missedPeriods()),
                        SINCE, deadline.since().toString()));
    }

    static TaskEscalatedEvent redUnresolved(String taskId, EscalationLevel target, RedUnresolved deadline) {
        String to = target == EscalationLevel.LEADER ? "提请分管领导协调" : "提请市政府统一协调";
        Duration unresolvedFor = Duration.parse(deadline.escalateAfter()).multipliedBy(deadline.step());
        return new TaskEscalatedEvent(taskId,
                automaticId(taskId, TimeRule.RED_UNRESOLVED, deadline.redSpell() + ":" + deadline.step()), target,
                "红灯预警超过" + spoken(unresolvedFor) + "未解除，" + to, TimeRule.RED_UNRESOLVED,
                parameters(ESCALATE_AFTER, deadline.escalateAfter(), RED_SINCE, deadline.redSince().toString(),
                        STEP, String.valueOf(deadline.step())));
    }

    static String automaticId(String taskId, TimeRule rule, Object key) {
        String name = taskId + ":" + rule + ":" + key;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String periodName(ReportingCadence cadence) {
        return switch (cadence) {
            case WEEKLY -> "每周";
            case MONTHLY -> "每月";
            case QUARTERLY -> "每季度";
            case NONE -> "不定期";
        };
    }

    private static String spoken(Duration duration) {
        return duration.toHoursPart() == 0 && duration.toMinutesPart() == 0
                ? duration.toDays() + "天"
                : duration.toHours() + "小时";
    }

    private static Map<String, String> parameters(String... keysAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(parameters);
    }
}
