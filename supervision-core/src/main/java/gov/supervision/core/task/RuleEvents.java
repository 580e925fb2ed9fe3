package gov.supervision.core.task;

import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.task.TaskDeadlines.MilestonePassed;
import gov.supervision.core.task.TaskDeadlines.ReportMissed;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The warnings of missed milestones and reports, and how every event a rule of time causes is made: its id is a
 * name-based UUID of {@code taskId:RULE:key}, so a deadline fired again after a retry or replay names the same
 * warning or escalation instead of adding one, and it records the parameters the rule applied. The due date's
 * warnings are made by {@link DueDateWarnings}, the escalations of the ladder by {@link EscalationLadder}.
 */
final class RuleEvents {

    static final String MILESTONE = "milestone";
    static final String MILESTONE_DATE = "milestoneDate";
    static final String CADENCE = "cadence";
    static final String MISSED_PERIODS = "missedPeriods";
    static final String SINCE = "since";

    private RuleEvents() {
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

    static String automaticId(String taskId, TimeRule rule, Object key) {
        String name = taskId + ":" + rule + ":" + key;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The parameters in the order given, as they are recorded. */
    static Map<String, String> parameters(String... keysAndValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(parameters);
    }

    private static String periodName(ReportingCadence cadence) {
        return switch (cadence) {
            case WEEKLY -> "每周";
            case MONTHLY -> "每月";
            case QUARTERLY -> "每季度";
            case NONE -> "不定期";
        };
    }
}
