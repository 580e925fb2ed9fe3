package gov.supervision.core.task;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.TaskStatus;

/**
 * "所有事项都要跟踪到底、销号清零": a task leaves the ledger only by closure (销号), and the office strikes it off only
 * once its completion is verified and approved and every one of its subtasks is struck off too. Nothing else
 * removes a task; closure ends every deadline it still has.
 */
final class StrikeOff {

    private StrikeOff() {
    }

    static void requireAllowed(TaskLifecycle lifecycle, SubtaskClosure subtasks) {
        lifecycle.requireNotClosed();
        if (lifecycle.status() != TaskStatus.COMPLETED) {
            throw new RuleViolationException(RuleViolation.COMPLETION_NOT_APPROVED,
                    "The task can be struck off only after its completion is approved.");
        }
        subtasks.requireAllClosed();
    }
}
