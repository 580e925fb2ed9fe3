package gov.supervision.query.ledger;

import gov.supervision.core.api.task.SubtaskAddedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskReassignedEvent;
import gov.supervision.query.common.FoldedBy;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.SourceId;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * The ledger (台账): every task as it stands now. The assignment makes the task's line and its department rows;
 * every later event of the task is folded into the line by {@link LedgerFold}, and Axon hands this projection
 * only the events the fold follows. A redelivered event (same or lower sequence) is skipped, so the ledger never
 * counts twice. A reassignment moves the task's department rows to its new departments; a change of what they copy
 * of the task (status, category, warning, overdue, due date) is copied to them. A change of a subtask's
 * percent is carried up into its parent's {@code subtaskPercent}, and on up the tree.
 */
@Component
@ProcessingGroup("ledger")
class LedgerProjection {

    private final LedgerFold fold = new LedgerFold();
    private final TaskEntryRepository tasks;
    private final TaskDepartmentRepository departments;
    private final DepartmentRows departmentRows;
    private final NewLines lines;

    LedgerProjection(TaskEntryRepository tasks, TaskDepartmentRepository departments) {
        this.tasks = tasks;
        this.departments = departments;
        this.departmentRows = new DepartmentRows(departments);
        this.lines = new NewLines(tasks, departments);
    }

    @EventHandler
    void on(TaskAssignedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        if (lines.find(event.taskId()).isPresent()) {
            return;
        }
        TaskEntry task = fold.assigned(event, at, sequence, parentId -> lines.find(parentId).map(TaskEntry::category));
        departmentRows.assigned(task, event,
                event.parentTaskId() == null ? Optional.empty() : lines.find(event.parentTaskId()));
        lines.add(task);
    }

    /** Every later event of a task; the task is the aggregate whose event it is. */
    @EventHandler
    @FoldedBy(LedgerFold.class)
    void on(Object event, @SourceId String taskId, @Timestamp Instant at, @SequenceNumber long sequence) {
        lines.find(taskId).ifPresent(task -> {
            int percentBefore = task.rolledUpPercent();
            TaskEntry.Filtered filteredBefore = task.filtered();
            if (fold.apply(task, event, at, sequence)) {
                lines.changed(task);
                if (event instanceof TaskReassignedEvent reassigned) {
                    departmentRows.reassigned(task, reassigned);
                }
                if (!task.filtered().equals(filteredBefore)) {
                    departmentRows.follow(task);
                }
                if (task.rolledUpPercent() != percentBefore) {
                    rollUp(task);
                }
            }
        });
        // The subtask's line normally comes next, at 0%; should it be there already, its percent counts at once.
        if (event instanceof SubtaskAddedEvent added) {
            lines.find(added.subtaskId()).ifPresent(this::rollUp);
        }
    }

    @ResetHandler
    void reset() {
        departments.deleteAllInBatch();
        tasks.deleteAllInBatch();
    }

    /** Carries a task's changed percent up to its parent, and on up while the parent's share changes too. */
    private void rollUp(TaskEntry subtask) {
        TaskEntry child = subtask;
        while (child.parentTaskId() != null) {
            TaskEntry parent = lines.find(child.parentTaskId()).orElse(null);
            if (parent == null) {
                return;
            }
            int percentBefore = parent.rolledUpPercent();
            if (!fold.rollUp(parent, child)) {
                return;
            }
            lines.changed(parent);
            if (parent.rolledUpPercent() == percentBefore) {
                return;
            }
            child = parent;
        }
    }
}
