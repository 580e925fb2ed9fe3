package gov.supervision.core.task;

import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.task.TaskDeadlines.MilestonePassed;
import gov.supervision.core.task.TaskDeadlines.ReportPeriodDue;
import gov.supervision.core.task.TaskDeadlines.UrgingDue;

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
    /** The version of the rules an event of a rule of 1.1 was made by; events of earlier rules carry none. */
    static final String RULES = "rules";
    static final String RULES_VERSION = "1.1";

    private static final String PERIOD = "period";
    private static final String PERIOD_START = "periodStart";
    private static final String PERIOD_END = "periodEnd";
    private static final String DUE_BY = "dueBy";
    private static final String MISSED_IN_A_ROW = "missedInARow";
    private static final String URGING_ID = "urgingId";
    private static final String RESPOND_BY = "respondBy";

    private RuleEvents() {
    }

    static WarningIssuedEvent milestoneMissed(String taskId, MilestonePassed deadline) {
        return new WarningIssuedEvent(taskId, automaticId(taskId, TimeRule.MILESTONE_MISSED, deadline.milestone()),
                WarningLevel.YELLOW,
                "节点“" + deadline.milestone() + "”（" + deadline.milestoneDate() + "）已过未完成",
                TimeRule.MILESTONE_MISSED,
                parameters(MILESTONE, deadline.milestone(), MILESTONE_DATE, deadline.milestoneDate().toString()));
    }

    /**
     * One missed period turns the task yellow, every further one in a row red ("以周保月、以月保季"), one warning for
     * each period, so that a silent department is counted in every briefing.
     */
    static WarningIssuedEvent reportMissed(String taskId, ReportPeriodDue deadline, int missedInARow) {
        boolean repeated = missedInARow > 1;
        String reason = (repeated ? "连续" + missedInARow + "个报送周期未报送进度（" : "报送周期未报送进度（")
                + deadline.period() + "，" + periodName(deadline.cadence()) + "）";
        return new WarningIssuedEvent(taskId, automaticId(taskId, TimeRule.REPORT_MISSED, RULES_VERSION + ":"
                + deadline.round() + ":" + deadline.period()),
                repeated ? WarningLevel.RED : WarningLevel.YELLOW, reason, TimeRule.REPORT_MISSED,
                rules(CADENCE, deadline.cadence().name(), PERIOD, deadline.period(),
                        PERIOD_START, deadline.periodStart().toString(), PERIOD_END, deadline.periodEnd().toString(),
                        DUE_BY, deadline.dueBy().toString(), MISSED_IN_A_ROW, String.valueOf(missedInARow)));
    }

    /** An urging notice's answer date passed without a progress report (催办未回复). */
    static WarningIssuedEvent urgingUnanswered(String taskId, UrgingDue deadline) {
        return new WarningIssuedEvent(taskId, automaticId(taskId, TimeRule.URGING_UNANSWERED, deadline.urgingId()),
                WarningLevel.YELLOW, "催办通知要求" + deadline.respondBy() + "前报送进展，逾期未报送",
                TimeRule.URGING_UNANSWERED,
                rules(URGING_ID, deadline.urgingId(), RESPOND_BY, deadline.respondBy().toString()));
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

    /** The parameters of a rule of 1.1: its version first, then those given. */
    static Map<String, String> rules(String... keysAndValues) {
        String[] all = new String[keysAndValues.length + 2];
        all[0] = RULES;
        all[1] = RULES_VERSION;
        System.arraycopy(keysAndValues, 0, all, 2, keysAndValues.length);
        return parameters(all);
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
