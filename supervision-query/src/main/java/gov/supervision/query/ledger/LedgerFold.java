package gov.supervision.query.ledger;

import gov.supervision.core.api.task.AccountabilityRecordedEvent;
import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.CompletionSentBackEvent;
import gov.supervision.core.api.task.EscalationResolvedEvent;
import gov.supervision.core.api.task.EscalationWithdrawnEvent;
import gov.supervision.core.api.task.ExtensionDeniedEvent;
import gov.supervision.core.api.task.ExtensionGrantedEvent;
import gov.supervision.core.api.task.ExtensionRequestedEvent;
import gov.supervision.core.api.task.NoticeAcknowledgedEvent;
import gov.supervision.core.api.task.ProblemRegisteredEvent;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.RectificationOpenedEvent;
import gov.supervision.core.api.task.ResponsiblePersonChangedEvent;
import gov.supervision.core.api.task.ReviewRecordedEvent;
import gov.supervision.core.api.task.SubtaskAddedEvent;
import gov.supervision.core.api.task.SubtaskClosedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.api.task.TaskClosedEvent;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.TaskReassignedEvent;
import gov.supervision.core.api.task.TaskReturnedEvent;
import gov.supervision.core.api.task.UrgingNoticeSentEvent;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.core.api.task.YearEndExplanationRecordedEvent;
import gov.supervision.query.api.ledger.OpenRequestView;
import gov.supervision.query.api.ledger.OpenRequestView.RequestType;
import gov.supervision.query.api.ledger.ReportView;
import gov.supervision.query.api.ledger.ReturnView;
import gov.supervision.query.common.EventFold;
import gov.supervision.query.common.SubtaskCategory;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ledger's fold of a task: the line its assignment makes, and one rule per later event, free of any
 * repository. {@link LedgerProjection} folds the stored line, {@link TaskAsOf} a line rebuilt in memory from the
 * event store, so both show the same task. The task's status moves by the read side's {@code TaskStatusFold}.
 */
final class LedgerFold implements EventFold {

    @FunctionalInterface
    private interface Rule<E> {
        void apply(TaskEntry task, E event, Instant at);
    }

    private static final Rule<Object> NOTHING_BUT_VERSION = (task, event, at) -> { };

    private static final Map<Class<?>, Rule<?>> RULES = Map.ofEntries(
            rule(TaskClaimedEvent.class, (task, e, at) -> task.claim(e.responsiblePerson(), at)),
            rule(TaskReturnedEvent.class, (task, e, at) -> task.returned(new ReturnView(e.department(), e.reason(),
                    e.suggestedDepartment(), e.suggestedDepartmentCode(), at))),
            rule(TaskReassignedEvent.class, (task, e, at) -> task.reassigned(e)),
            rule(ResponsiblePersonChangedEvent.class, (task, e, at) -> task.handedOver(e.responsiblePerson())),
            rule(ProgressReportedEvent.class, (task, e, at) -> task.progress().report(
                    new ReportView(e.reportId(), e.department(), e.percentComplete(), e.summary(), e.milestone(), at))),
            rule(WarningIssuedEvent.class, (task, e, at) -> task.progress().warnings().issued(e.warningId(), e.level(), e.rule())),
            rule(WarningLiftedEvent.class, (task, e, at) -> task.progress().warnings().lifted(e.warningId())),
            rule(ProblemRegisteredEvent.class, (task, e, at) -> task.registeredAsProblem(e.complexity())),
            rule(RectificationOpenedEvent.class, (task, e, at) -> task.openedAsRectification(
                    e.inspectionId(), e.relatedTaskId(), e.complexity())),
            rule(TaskEscalatedEvent.class, (task, e, at) -> task.progress().escalate(e.escalationId(), e.level())),
            rule(EscalationResolvedEvent.class, (task, e, at) -> task.progress().resolveEscalation(e.escalationId())),
            // A withdrawn escalation (the task closed or went to another department) is no longer open either.
            rule(EscalationWithdrawnEvent.class, (task, e, at) -> task.progress().resolveEscalation(e.escalationId())),
            rule(ExtensionRequestedEvent.class, (task, e, at) -> task.progress().awaitDecision(
                    new OpenRequestView(e.requestId(), RequestType.EXTENSION, at, e.requestedDueDate(), e.reason()))),
            rule(ExtensionGrantedEvent.class, (task, e, at) -> {
                task.progress().decided(e.requestId());
                task.extendTo(e.newDueDate());
            }),
            rule(ExtensionDeniedEvent.class, (task, e, at) -> task.progress().decided(e.requestId())),
            rule(CompletionRequestedEvent.class, (task, e, at) -> task.progress().awaitDecision(
                    new OpenRequestView(e.requestId(), RequestType.COMPLETION, at, null, e.summary()))),
            rule(CompletionApprovedEvent.class, (task, e, at) -> {
                task.progress().decided(e.requestId());
                task.complete(at);
            }),
            rule(CompletionSentBackEvent.class, (task, e, at) -> task.progress().decided(e.requestId())),
            rule(TaskClosedEvent.class, (task, e, at) -> task.close(at)),
            rule(SubtaskAddedEvent.class, (task, e, at) -> task.addSubtask(e.subtaskId(), e.weight())),
            // These change no column of the ledger but the task's version and last change.
            rule(SubtaskClosedEvent.class, NOTHING_BUT_VERSION),
            rule(UrgingNoticeSentEvent.class, NOTHING_BUT_VERSION),
            rule(NoticeAcknowledgedEvent.class, NOTHING_BUT_VERSION),
            rule(ReviewRecordedEvent.class, NOTHING_BUT_VERSION),
            rule(AccountabilityRecordedEvent.class, NOTHING_BUT_VERSION),
            rule(YearEndExplanationRecordedEvent.class, NOTHING_BUT_VERSION));

    /**
     * The new line of an assigned task. A subtask assigned without a category takes its parent's, which
     * {@code categoryOfTask} looks up.
     */
    TaskEntry assigned(TaskAssignedEvent event, Instant at, long sequence,
                       Function<String, Optional<TaskCategory>> categoryOfTask) {
        return new TaskEntry(event, categoryOf(event, categoryOfTask), at, sequence);
    }

    TaskCategory categoryOf(TaskAssignedEvent event, Function<String, Optional<TaskCategory>> categoryOfTask) {
        return SubtaskCategory.of(event, categoryOfTask);
    }

    /**
     * Applies a later event of the task to its line; false, and the line unchanged, for an event the ledger
     * does not follow or one applied already (a redelivery has the same or a lower sequence).
     */
    boolean apply(TaskEntry task, Object event, Instant at, long sequence) {
        @SuppressWarnings("unchecked")
        Rule<Object> rule = (Rule<Object>) RULES.get(event.getClass());
        if (rule == null || task.hasApplied(sequence)) {
            return false;
        }
        task.progress().moved(event);
        rule.apply(task, event, at);
        task.touched(at, sequence);
        return true;
    }

    /**
     * Takes what a subtask now counts for into its parent's roll-up ({@link TaskEntry#rolledUpPercent()}); false
     * when the parent had it already. The parent's own share in its parent may then have changed too.
     */
    boolean rollUp(TaskEntry parent, TaskEntry subtask) {
        return parent.subtaskProgressed(subtask.taskId(), subtask.rolledUpPercent());
    }

    /** The events that change an existing line: all but the assignment that creates it. */
    @Override
    public boolean follows(Class<?> eventType) {
        return RULES.containsKey(eventType);
    }

    private static <E> Map.Entry<Class<?>, Rule<?>> rule(Class<E> type, Rule<? super E> rule) {
        return Map.entry(type, rule);
    }
}
