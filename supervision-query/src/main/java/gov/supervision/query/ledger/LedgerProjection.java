package gov.supervision.query.ledger;

import gov.supervision.core.api.task.AccountabilityRecordedEvent;
import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.CompletionSentBackEvent;
import gov.supervision.core.api.task.EscalationResolvedEvent;
import gov.supervision.core.api.task.ExtensionDeniedEvent;
import gov.supervision.core.api.task.ExtensionGrantedEvent;
import gov.supervision.core.api.task.ExtensionRequestedEvent;
import gov.supervision.core.api.task.ProblemRegisteredEvent;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.RectificationOpenedEvent;
import gov.supervision.core.api.task.ReviewRecordedEvent;
import gov.supervision.core.api.task.SubtaskAddedEvent;
import gov.supervision.core.api.task.SubtaskClosedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.api.task.TaskClosedEvent;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.UrgingNoticeSentEvent;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.core.api.task.YearEndExplanationRecordedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The ledger (台账): every task as it stands now, kept in step with the task events by the rules of
 * {@link LedgerChanges}; a redelivered event (same or lower sequence) is skipped, so the ledger never counts twice.
 * A change of a subtask's percent is carried up into its parent's {@code subtaskPercent}, and on up the tree.
 */
@Component
@ProcessingGroup("ledger")
class LedgerProjection {

    private final TaskEntryRepository tasks;
    private final TaskDepartmentRepository departments;
    private final TaskDepartments taskDepartments;

    LedgerProjection(TaskEntryRepository tasks, TaskDepartmentRepository departments) {
        this.tasks = tasks;
        this.departments = departments;
        this.taskDepartments = new TaskDepartments(departments);
    }

    @EventHandler
    void on(TaskAssignedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        if (tasks.findById(event.taskId()).isPresent()) {
            return;
        }
        tasks.save(LedgerChanges.assigned(event, at, sequence,
                parentId -> tasks.findById(parentId).map(TaskEntry::category)));
        taskDepartments.assigned(event);
    }

    @EventHandler
    void on(TaskClaimedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(ProgressReportedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(WarningIssuedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(WarningLiftedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(ProblemRegisteredEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(RectificationOpenedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(TaskEscalatedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(EscalationResolvedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(ExtensionRequestedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(ExtensionGrantedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(ExtensionDeniedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(CompletionRequestedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(CompletionApprovedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(CompletionSentBackEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(TaskClosedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    // The subtask's line normally comes next, at 0%; should it be there already, its percent counts at once.
    @EventHandler
    void on(SubtaskAddedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
        tasks.findById(event.subtaskId()).ifPresent(this::rollUp);
    }

    @EventHandler
    void on(SubtaskClosedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(UrgingNoticeSentEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(ReviewRecordedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(AccountabilityRecordedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @EventHandler
    void on(YearEndExplanationRecordedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), event, at, sequence);
    }

    @ResetHandler
    void reset() {
        departments.deleteAllInBatch();
        tasks.deleteAllInBatch();
    }

    private void update(String taskId, Object event, Instant at, long sequence) {
        tasks.findById(taskId).ifPresent(task -> {
            int percentBefore = task.rolledUpPercent();
            if (LedgerChanges.apply(task, event, at, sequence)) {
                tasks.save(task);
                if (task.rolledUpPercent() != percentBefore) {
                    rollUp(task);
                }
            }
        });
    }

    /** Carries a task's changed percent up to its parent, and on up while the parent's share changes too. */
    private void rollUp(TaskEntry subtask) {
        TaskEntry child = subtask;
        while (child.parentTaskId() != null) {
            TaskEntry parent = tasks.findById(child.parentTaskId()).orElse(null);
            if (parent == null) {
                return;
            }
            int percentBefore = parent.rolledUpPercent();
            if (!LedgerChanges.rollUp(parent, child)) {
                return;
            }
            tasks.save(parent);
            if (parent.rolledUpPercent() == percentBefore) {
                return;
            }
            child = parent;
        }
    }
}
