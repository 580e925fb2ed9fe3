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
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.api.task.TaskClosedEvent;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.UrgingNoticeSentEvent;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.core.api.task.YearEndExplanationRecordedEvent;
import gov.supervision.query.api.ledger.OpenRequestView;
import gov.supervision.query.api.ledger.OpenRequestView.RequestType;
import gov.supervision.query.api.ledger.ReportView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.Consumer;

/** The ledger (台账): every task as it stands now, kept in step with the task events. */
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
        if (tasks.existsById(event.taskId())) {
            return;
        }
        TaskCategory category = event.details().category() != null || event.parentTaskId() == null
                ? event.details().category()
                : tasks.findById(event.parentTaskId()).map(TaskEntry::category).orElse(null);
        tasks.save(new TaskEntry(event.taskId(), event.parentTaskId(), event.details(), category, at, sequence));
        taskDepartments.assigned(event);
    }

    @EventHandler
    void on(TaskClaimedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence, task -> task.claim(event.responsiblePerson(), at));
    }

    @EventHandler
    void on(ProgressReportedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        ReportView report = new ReportView(event.reportId(), event.department(), event.percentComplete(),
                event.summary(), event.milestone(), at);
        update(event.taskId(), at, sequence, task -> task.progress().report(report));
    }

    @EventHandler
    void on(WarningIssuedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence,
                task -> task.progress().warn(event.warningId(), event.level(), event.rule()));
    }

    @EventHandler
    void on(WarningLiftedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence, task -> task.progress().liftWarning(event.warningId()));
    }

    @EventHandler
    void on(ProblemRegisteredEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence, task -> task.registeredAsProblem(event.complexity()));
    }

    @EventHandler
    void on(RectificationOpenedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence, task -> task.openedAsRectification(
                event.inspectionId(), event.relatedTaskId(), event.complexity()));
    }

    @EventHandler
    void on(TaskEscalatedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence,
                task -> task.progress().escalate(event.escalationId(), event.level()));
    }

    @EventHandler
    void on(EscalationResolvedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence, task -> task.progress().resolveEscalation(event.escalationId()));
    }

    @EventHandler
    void on(ExtensionRequestedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        OpenRequestView request = new OpenRequestView(event.requestId(), RequestType.EXTENSION, at,
                event.requestedDueDate(), event.reason());
        update(event.taskId(), at, sequence, task -> task.progress().awaitDecision(request));
    }

    @EventHandler
    void on(ExtensionGrantedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence, task -> {
            task.progress().decided(event.requestId());
            task.extendTo(event.newDueDate());
        });
    }

    @EventHandler
    void on(ExtensionDeniedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence, task -> task.progress().decided(event.requestId()));
    }

    @EventHandler
    void on(CompletionRequestedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        OpenRequestView request = new OpenRequestView(event.requestId(), RequestType.COMPLETION, at, null,
                event.summary());
        update(event.taskId(), at, sequence, task -> task.progress().awaitDecision(request));
    }

    @EventHandler
    void on(CompletionApprovedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence, task -> {
            task.progress().decided(event.requestId());
            task.complete(at);
        });
    }

    @EventHandler
    void on(CompletionSentBackEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence, task -> {
            task.progress().decided(event.requestId());
            task.progress().sentBack();
        });
    }

    @EventHandler
    void on(TaskClosedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence, task -> task.close(at));
    }

    @EventHandler
    void on(SubtaskAddedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence, task -> task.addSubtask(event.subtaskId()));
    }

    // The events below change no column of the ledger but the task's version and last change.

    @EventHandler
    void on(SubtaskClosedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence, task -> { });
    }

    @EventHandler
    void on(UrgingNoticeSentEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence, task -> { });
    }

    @EventHandler
    void on(ReviewRecordedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence, task -> { });
    }

    @EventHandler
    void on(AccountabilityRecordedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence, task -> { });
    }

    @EventHandler
    void on(YearEndExplanationRecordedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        update(event.taskId(), at, sequence, task -> { });
    }

    @ResetHandler
    void reset() {
        departments.deleteAllInBatch();
        tasks.deleteAllInBatch();
    }

    // A redelivered event (same or lower sequence) is skipped, so the ledger never counts twice.
    private void update(String taskId, Instant at, long sequence, Consumer<TaskEntry> change) {
        tasks.findById(taskId)
                .filter(task -> !task.hasApplied(sequence))
                .ifPresent(task -> {
                    change.accept(task);
                    task.touched(at, sequence);
                    tasks.save(task);
                });
    }
}
