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
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;

/**
 * Which task this is, who may act on it and where it stands in the closed loop. The other members of the
 * task hold this one to check a command before they apply; only the events below change it.
 */
final class TaskLifecycle {

    private String taskId;
    private TaskDepartments departments;
    private TaskStatus status;
    private int percentComplete;
    private Instant assignedAt;

    String taskId() {
        return taskId;
    }

    TaskDepartments departments() {
        return departments;
    }

    TaskStatus status() {
        return status;
    }

    int percentComplete() {
        return percentComplete;
    }

    /** Time stops acting on a task once its completion is approved. */
    boolean finished() {
        return status == TaskStatus.COMPLETED || status == TaskStatus.CLOSED;
    }

    void requireLead(Actor actor) {
        departments.requireLead(actor);
    }

    void requireParticipant(Actor actor) {
        departments.requireParticipant(actor);
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
        if (status == TaskStatus.ASSIGNED) {
            throw new RuleViolationException(RuleViolation.TASK_NOT_CLAIMED, "The task is not claimed yet.");
        }
    }

    void requireUnclaimed() {
        if (status != TaskStatus.ASSIGNED) {
            throw new RuleViolationException(RuleViolation.TASK_ALREADY_CLAIMED, "The task is already claimed.");
        }
    }

    void requireNoCompletionRequested() {
        if (status == TaskStatus.COMPLETION_REQUESTED) {
            throw new RuleViolationException(RuleViolation.COMPLETION_ALREADY_REQUESTED,
                    "Completion of the task was already requested and awaits verification.");
        }
    }

    void requireCompleted() {
        if (status != TaskStatus.COMPLETED) {
            throw new RuleViolationException(RuleViolation.COMPLETION_NOT_APPROVED,
                    "The task can be struck off only after its completion is approved.");
        }
    }

    void requireClosed() {
        if (status != TaskStatus.CLOSED) {
            throw new RuleViolationException(RuleViolation.TASK_NOT_CLOSED,
                    "A review can be recorded only once the task is closed.");
        }
    }

    /** A year-end explanation is owed for the years from assignment to now. */
    void requireOpenIn(int year, OfficeCalendar calendar) {
        int firstYear = calendar.yearOf(assignedAt);
        int currentYear = calendar.today().getYear();
        if (year < firstYear || year > currentYear) {
            throw new RuleViolationException(RuleViolation.YEAR_OUT_OF_RANGE,
                    "The year " + year + " is outside " + firstYear + "–" + currentYear
                            + ", the years the task has been open.");
        }
    }

    @EventSourcingHandler
    void on(TaskAssignedEvent event, @Timestamp Instant timestamp) {
        taskId = event.taskId();
        departments = TaskDepartments.of(event);
        status = TaskStatus.ASSIGNED;
        percentComplete = 0;
        assignedAt = timestamp;
    }

    @EventSourcingHandler
    void on(TaskClaimedEvent event) {
        status = TaskStatus.CLAIMED;
    }

    @EventSourcingHandler
    void on(ProgressReportedEvent event) {
        if (status == TaskStatus.CLAIMED) {
            status = TaskStatus.IN_PROGRESS;
        }
        percentComplete = event.percentComplete();
    }

    @EventSourcingHandler
    void on(CompletionRequestedEvent event) {
        status = TaskStatus.COMPLETION_REQUESTED;
    }

    @EventSourcingHandler
    void on(CompletionApprovedEvent event) {
        status = TaskStatus.COMPLETED;
        percentComplete = 100;
    }

    @EventSourcingHandler
    void on(CompletionSentBackEvent event) {
        status = TaskStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(TaskClosedEvent event) {
        status = TaskStatus.CLOSED;
    }
}
