package gov.supervision.core.task;

import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.task.ActiveWarnings.Active;
import gov.supervision.core.task.TaskDeadlines.DueSoon;
import gov.supervision.core.task.TaskDeadlines.Overdue;

import java.time.LocalDate;
import java.time.Period;

/**
 * The warnings of a task's due date (办结时限), so that work is done "按时保质保量": yellow from {@code yellow-before}
 * ahead of the date (临近), red once its day is over (逾期). Neither is issued for a date no longer in force or for
 * a task already completed; a granted extension ends both. The period applied travels with the due-soon deadline
 * into the warning it raises.
 */
final class DueDateWarnings {

    static final String YELLOW_BEFORE_SETTING = "supervision.rules.yellow-before";
    static final Period DEFAULT_YELLOW_BEFORE = Period.ofDays(3);

    private static final String YELLOW_BEFORE = "yellowBefore";
    private static final String DUE_DATE = "dueDate";

    private final Period yellowBefore;

    DueDateWarnings(Period yellowBefore) {
        this.yellowBefore = yellowBefore;
    }

    /** The day a task due on the given date turns yellow. */
    LocalDate yellowFrom(LocalDate dueDate) {
        return dueDate.minus(yellowBefore);
    }

    DueSoon dueSoon(LocalDate dueDate) {
        return new DueSoon(dueDate, yellowBefore.toString());
    }

    static boolean dueSoonApplies(DueSoon deadline, LocalDate dueDate, TaskLifecycle lifecycle,
                                  ActiveWarnings warnings) {
        return deadline.dueDate().equals(dueDate) && !lifecycle.finished()
                && !warnings.any(TimeRule.DUE_SOON, TimeRule.OVERDUE);
    }

    static boolean overdueApplies(Overdue deadline, LocalDate dueDate, TaskLifecycle lifecycle,
                                  ActiveWarnings warnings) {
        return deadline.dueDate().equals(dueDate) && !lifecycle.finished() && !warnings.any(TimeRule.OVERDUE);
    }

    /** The warnings an extension ends: those of the old date. */
    static boolean ofTheDueDate(Active warning) {
        return warning.hasRule(TimeRule.DUE_SOON, TimeRule.OVERDUE);
    }

    static WarningIssuedEvent dueSoonWarning(String taskId, DueSoon deadline) {
        return new WarningIssuedEvent(taskId, RuleEvents.automaticId(taskId, TimeRule.DUE_SOON, deadline.dueDate()),
                WarningLevel.YELLOW, "临近办结时限（" + deadline.dueDate() + "）", TimeRule.DUE_SOON,
                RuleEvents.parameters(YELLOW_BEFORE, deadline.yellowBefore(), DUE_DATE, deadline.dueDate().toString()));
    }

    static WarningIssuedEvent overdueWarning(String taskId, Overdue deadline) {
        return new WarningIssuedEvent(taskId, RuleEvents.automaticId(taskId, TimeRule.OVERDUE, deadline.dueDate()),
                WarningLevel.RED, "已超过办结时限（" + deadline.dueDate() + "）未办结", TimeRule.OVERDUE,
                RuleEvents.parameters(DUE_DATE, deadline.dueDate().toString()));
    }
}
