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

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The ledger's rules, one change of a task line per event, free of any repository: the projection applies
 * them to the stored line, {@link TaskAsOf} to a line rebuilt in memory, so both show the same task.
 */
final class LedgerChanges {

    @FunctionalInterface
    private interface Change<E> {
        void apply(TaskEntry task, E event, Instant at);
    }

    private static final Change<Object> NOTHING_BUT_VERSION = (task, event, at) -> { };

    private static final Map<Class<?>, Change<?>> CHANGES = Map.ofEntries(
            change(TaskClaimedEvent.class, (task, e, at) -> task.claim(e.responsiblePerson(), at)),
            change(ProgressReportedEvent.class, (task, e, at) -> task.progress().report(
                    new ReportView(e.reportId(), e.department(), e.percentComplete(), e.summary(), e.milestone(), at))),
            change(WarningIssuedEvent.class, (task, e, at) -> task.progress().warn(e.warningId(), e.level(), e.rule())),
            change(WarningLiftedEvent.class, (task, e, at) -> task.progress().liftWarning(e.warningId())),
            change(ProblemRegisteredEvent.class, (task, e, at) -> task.registeredAsProblem(e.complexity())),
            change(RectificationOpenedEvent.class, (task, e, at) -> task.openedAsRectification(
                    e.inspectionId(), e.relatedTaskId(), e.complexity())),
            change(TaskEscalatedEvent.class, (task, e, at) -> task.progress().escalate(e.escalationId(), e.level())),
            change(EscalationResolvedEvent.class, (task, e, at) -> task.progress().resolveEscalation(e.escalationId())),
            change(ExtensionRequestedEvent.class, (task, e, at) -> task.progress().awaitDecision(
                    new OpenRequestView(e.requestId(), RequestType.EXTENSION, at, e.requestedDueDate(), e.reason()))),
            change(ExtensionGrantedEvent.class, (task, e, at) -> {
                task.progress().decided(e.requestId());
                task.extendTo(e.newDueDate());
            }),
            change(ExtensionDeniedEvent.class, (task, e, at) -> task.progress().decided(e.requestId())),
            change(CompletionRequestedEvent.class, (task, e, at) -> task.progress().awaitDecision(
                    new OpenRequestView(e.requestId(), RequestType.COMPLETION, at, null, e.summary()))),
            change(CompletionApprovedEvent.class, (task, e, at) -> {
                task.progress().decided(e.requestId());
                task.complete(at);
            }),
            change(CompletionSentBackEvent.class, (task, e, at) -> {
                task.progress().decided(e.requestId());
                task.progress().sentBack();
            }),
            change(TaskClosedEvent.class, (task, e, at) -> task.close(at)),
            change(SubtaskAddedEvent.class, (task, e, at) -> task.addSubtask(e.subtaskId(), e.weight())),
            // These change no column of the ledger but the task's version and last change.
            change(SubtaskClosedEvent.class, NOTHING_BUT_VERSION),
            change(UrgingNoticeSentEvent.class, NOTHING_BUT_VERSION),
            change(ReviewRecordedEvent.class, NOTHING_BUT_VERSION),
            change(AccountabilityRecordedEvent.class, NOTHING_BUT_VERSION),
            change(YearEndExplanationRecordedEvent.class, NOTHING_BUT_VERSION));

    private LedgerChanges() {
    }

    /**
     * The new line of an assigned task. A subtask assigned without a category takes its parent's, which
     * {@code categoryOfTask} looks up.
     */
    static TaskEntry assigned(TaskAssignedEvent event, Instant at, long sequence,
                              Function<String, Optional<TaskCategory>> categoryOfTask) {
        return new TaskEntry(event.taskId(), event.parentTaskId(), event.details(),
                categoryOf(event, categoryOfTask), at, sequence);
    }

    static TaskCategory categoryOf(TaskAssignedEvent event, Function<String, Optional<TaskCategory>> categoryOfTask) {
        return event.details().category() != null || event.parentTaskId() == null
                ? event.details().category()
                : categoryOfTask.apply(event.parentTaskId()).orElse(null);
    }

    /**
     * Applies a later event of the task to its line; false, and the line unchanged, for an event the ledger
     * does not follow or one applied already (a redelivery has the same or a lower sequence).
     */
    static boolean apply(TaskEntry task, Object event, Instant at, long sequence) {
        @SuppressWarnings("unchecked")
        Change<Object> change = (Change<Object>) CHANGES.get(event.getClass());
        if (change == null || task.hasApplied(sequence)) {
            return false;
        }
        change.apply(task, event, at);
        task.touched(at, sequence);
        return true;
    }

    /**
     * Takes what a subtask now counts for into its parent's roll-up ({@link TaskEntry#rolledUpPercent()}); false
     * when the parent had it already. The parent's own share in its parent may then have changed too.
     */
    static boolean rollUp(TaskEntry parent, TaskEntry subtask) {
        return parent.subtaskProgressed(subtask.taskId(), subtask.rolledUpPercent());
    }

    /** The events that change an existing line (all but the assignment that creates it). */
    static Set<Class<?>> followedEvents() {
        return CHANGES.keySet();
    }

    private static <E> Map.Entry<Class<?>, Change<?>> change(Class<E> type, Change<? super E> change) {
        return Map.entry(type, change);
    }
}
