package gov.supervision.core.task;

import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.task.TaskDeadlines.ClaimDue;
import gov.supervision.core.time.WorkingCalendar;

import java.time.LocalDate;

/**
 * "对号入座、主动认领": a task must be claimed within {@code claim-within} working days after the day it was assigned
 * (that day does not count); at the end of the last of them it turns yellow ({@code NOT_CLAIMED}), and red at the
 * end of the {@code claim-red-after}-th working day after that. The days applied travel with the deadline into the
 * warning, so a later change of the settings or of the calendar never moves a limit already running.
 */
final class ClaimLimit {

    static final String CLAIM_WITHIN_SETTING = "supervision.rules.claim-within";
    static final String CLAIM_RED_AFTER_SETTING = "supervision.rules.claim-red-after";
    static final int DEFAULT_CLAIM_WITHIN = 3;
    static final int DEFAULT_CLAIM_RED_AFTER = 2;

    private static final String CLAIM_WITHIN = "claimWithin";
    private static final String RED_AFTER = "redAfter";
    private static final String ASSIGNED_ON = "assignedOn";
    private static final String CLAIM_BY = "claimBy";

    private final int claimWithin;
    private final int redAfter;

    ClaimLimit(int claimWithin, int redAfter) {
        if (claimWithin < 1 || redAfter < 1) {
            throw new IllegalArgumentException("The claim limit and the days to red are at least one working day.");
        }
        this.claimWithin = claimWithin;
        this.redAfter = redAfter;
    }

    ClaimDue yellow(int round, LocalDate assignedOn, WorkingCalendar calendar) {
        return new ClaimDue(round, WarningLevel.YELLOW, assignedOn,
                calendar.workingDaysAfter(assignedOn, claimWithin), claimWithin, redAfter);
    }

    ClaimDue red(int round, LocalDate assignedOn, WorkingCalendar calendar) {
        return new ClaimDue(round, WarningLevel.RED, assignedOn,
                calendar.workingDaysAfter(assignedOn, claimWithin + redAfter), claimWithin, redAfter);
    }

    static WarningIssuedEvent notClaimed(String taskId, ClaimDue deadline) {
        boolean red = deadline.level() == WarningLevel.RED;
        String reason = red
                ? "超过认领时限" + deadline.redAfter() + "个工作日仍未认领（交办日" + deadline.assignedOn() + "）"
                : "交办后" + deadline.claimWithin() + "个工作日内未认领（交办日" + deadline.assignedOn() + "）";
        return new WarningIssuedEvent(taskId,
                RuleEvents.automaticId(taskId, TimeRule.NOT_CLAIMED, deadline.round() + ":" + deadline.level()),
                deadline.level(), reason, TimeRule.NOT_CLAIMED,
                RuleEvents.rules(CLAIM_WITHIN, String.valueOf(deadline.claimWithin()),
                        RED_AFTER, String.valueOf(deadline.redAfter()), ASSIGNED_ON, deadline.assignedOn().toString(),
                        CLAIM_BY, deadline.lastDay().toString()));
    }
}
