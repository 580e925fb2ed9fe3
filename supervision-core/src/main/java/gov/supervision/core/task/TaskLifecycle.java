package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
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
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Which task this is, who may act on it and where it stands in the closed loop. The other members of the
 * task hold this one to check a command before they apply; only the events below change it. A round is the time
 * one lead department holds the task unclaimed, then claimed: assignment starts the first, the claim and every
 * reassignment the next, and a deadline of an earlier round is stale. A completion request made in time stops the
 * clock until it is decided.
 */
final class TaskLifecycle {

    /** The round assignment starts; handlers applying the assignment schedule with it, as the event is not applied yet. */
    static final int FIRST_ROUND = 1;

    private String taskId;
    private DepartmentAccess access;
    private LeaderAccess leaders;
    private TaskStatus status;
    private int round;
    private boolean clockStopped;

    String taskId() {
        return taskId;
    }

    DepartmentAccess access() {
        return access;
    }

    LeaderAccess leaders() {
        return leaders;
    }

    TaskStatus status() {
        return status;
    }

    int round() {
        return round;
    }

    /** A completion request made by the due date waits for verification: the due date does not run out meanwhile. */
    boolean clockStopped() {
        return clockStopped;
    }

    /** Assigned to its lead department and neither claimed, returned nor finished yet. */
    boolean unclaimed() {
        return status == TaskStatus.ASSIGNED;
    }

    /** A returned task waits for the office: no claim limit and no reporting period runs for it. */
    boolean returned() {
        return status == TaskStatus.RETURNED;
    }

    /** Time stops acting on a task once its completion is approved. */
    boolean finished() {
        return status == TaskStatus.COMPLETED || status == TaskStatus.CLOSED;
    }

    void requireLead(Actor actor) {
        access.requireLead(actor);
    }

    void requireParticipant(Actor actor) {
        access.requireParticipant(actor);
    }

    void requireLeaderInCharge(Actor actor) {
        leaders.requireInCharge(actor);
    }

    void requireNotClosed() {
        if (status == TaskStatus.CLOSED) {
            throw new RuleViolationException(RuleViolation.TASK_CLOSED, "The task is closed.");
        }
    }

    void requireOpen() {
        requireNotClosed();
        if (status == TaskStatus.COMPLETED) {
            throw new RuleViolationException(RuleViolation.TASK_COMPLETED, "The task is already completed.");
        }
    }

    void requireClaimed() {
        requireNotReturned();
        if (status == TaskStatus.ASSIGNED) {
            throw new RuleViolationException(RuleViolation.TASK_NOT_CLAIMED, "The task is not claimed yet.");
        }
    }

    void requireUnclaimed() {
        requireNotReturned();
        if (status != TaskStatus.ASSIGNED) {
            throw new RuleViolationException(RuleViolation.TASK_ALREADY_CLAIMED, "The task is already claimed.");
        }
    }

    /** Only a task returned or not yet claimed goes to another lead department. */
    void requireReassignable() {
        requireOpen();
        if (status != TaskStatus.ASSIGNED && status != TaskStatus.RETURNED) {
            throw new RuleViolationException(RuleViolation.TASK_ALREADY_CLAIMED,
                    "The task is already claimed; only a task returned or not yet claimed can be reassigned.");
        }
    }

    private void requireNotReturned() {
        if (status == TaskStatus.RETURNED) {
            throw new RuleViolationException(RuleViolation.TASK_RETURNED,
                    "The task was returned and waits for the office to reassign it.");
        }
    }

    void requireNoCompletionRequested() {
        if (status == TaskStatus.COMPLETION_REQUESTED) {
            throw new RuleViolationException(RuleViolation.COMPLETION_ALREADY_REQUESTED,
                    "Completion of the task was already requested and awaits verification.");
        }
    }

    void requireClosed() {
        if (status != TaskStatus.CLOSED) {
            throw new RuleViolationException(RuleViolation.TASK_NOT_CLOSED,
                    "A review can be recorded only once the task is closed.");
        }
    }

    @EventSourcingHandler
    void on(TaskAssignedEvent event) {
        taskId = event.taskId();
        access = DepartmentAccess.of(event);
        leaders = LeaderAccess.of(event);
        status = TaskStatus.ASSIGNED;
        round = FIRST_ROUND;
    }

    @EventSourcingHandler
    void on(TaskClaimedEvent event) {
        status = TaskStatus.CLAIMED;
        round++;
    }

    @EventSourcingHandler
    void on(TaskReturnedEvent event) {
        status = TaskStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(TaskReassignedEvent event) {
        access = access.reassigned(event.leadDepartmentKey(), event.coDepartmentKeys());
        status = TaskStatus.ASSIGNED;
        round++;
    }

    @EventSourcingHandler
    void on(ProgressReportedEvent event) {
        if (status == TaskStatus.CLAIMED) {
            status = TaskStatus.IN_PROGRESS;
        }
    }

    @EventSourcingHandler
    void on(CompletionRequestedEvent event) {
        status = TaskStatus.COMPLETION_REQUESTED;
        clockStopped = event.stopsTheClock();
    }

    @EventSourcingHandler
    void on(CompletionApprovedEvent event) {
        status = TaskStatus.COMPLETED;
        clockStopped = false;
    }

    @EventSourcingHandler
    void on(CompletionSentBackEvent event) {
        status = TaskStatus.IN_PROGRESS;
        clockStopped = false;
    }

    @EventSourcingHandler
    void on(TaskClosedEvent event) {
        status = TaskStatus.CLOSED;
    }
}
