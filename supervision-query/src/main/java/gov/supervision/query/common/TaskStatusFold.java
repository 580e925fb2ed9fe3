package gov.supervision.query.common;

import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.CompletionSentBackEvent;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.api.task.TaskClosedEvent;
import gov.supervision.core.api.task.TaskReassignedEvent;
import gov.supervision.core.api.task.TaskReturnedEvent;
import gov.supervision.core.api.task.TaskStatus;

/**
 * Where a task stands in the closed loop after one of its events, for every read model that shows it: assigned →
 * claimed → in progress (first report) → completion requested → completed (approved) → closed, and sent back → in
 * progress; before the claim the lead department may return it (退回), and the office's reassignment (改派) makes it
 * assigned again, to the new lead department. The command side keeps the same loop in its own task (each side owns
 * its copy of the state).
 * <p>
 * One difference on purpose: a report on a task not claimed yet starts the work here too, where the command side
 * accepts no such report. The read side has always shown it so; an event stream that has one replays unchanged.
 */
public final class TaskStatusFold {

    private TaskStatusFold() {
    }

    /** The status a task had before {@code event} ({@code null} before its assignment), moved by it. */
    public static TaskStatus after(TaskStatus status, Object event) {
        if (event instanceof TaskAssignedEvent) {
            return TaskStatus.ASSIGNED;
        }
        if (event instanceof TaskReturnedEvent) {
            return TaskStatus.RETURNED;
        }
        if (event instanceof TaskReassignedEvent) {
            return TaskStatus.ASSIGNED;
        }
        if (event instanceof TaskClaimedEvent) {
            return TaskStatus.CLAIMED;
        }
        if (event instanceof ProgressReportedEvent) {
            return status == TaskStatus.ASSIGNED || status == TaskStatus.CLAIMED ? TaskStatus.IN_PROGRESS : status;
        }
        if (event instanceof CompletionRequestedEvent) {
            return TaskStatus.COMPLETION_REQUESTED;
        }
        if (event instanceof CompletionApprovedEvent) {
            return TaskStatus.COMPLETED;
        }
        if (event instanceof CompletionSentBackEvent) {
            return TaskStatus.IN_PROGRESS;
        }
        if (event instanceof TaskClosedEvent) {
            return TaskStatus.CLOSED;
        }
        return status;
    }
}
