package gov.supervision.query.report;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.task.AccountabilityRecordedEvent;
import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.CompletionSentBackEvent;
import gov.supervision.core.api.task.ExtensionGrantedEvent;
import gov.supervision.core.api.task.ExtensionRequestedEvent;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.RectificationOpenedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.api.task.TaskClosedEvent;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.TaskReassignedEvent;
import gov.supervision.core.api.task.TaskReturnedEvent;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.core.time.OfficeCalendar;
import gov.supervision.query.api.escalation.RaisedBy;
import gov.supervision.query.common.SubtaskCategory;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The reports' own tables (see V6__reports.sql): the tasks as the assessment counts them and one fact per
 * countable thing; the year-end explanations are kept by {@link YearEndExplanations}. Facts are keyed by the
 * domain id of what they count and task changes by the task's sequence, so a redelivered event counts nothing
 * twice and a replay rebuilds the same figures.
 * <p>
 * Longer than most classes: one handler for each of the fifteen events the reports count, kept together because
 * a fact takes its department from the task row that the same event's handler may have just written.
 */
@Component
@ProcessingGroup("reports")
class ReportProjection {

    // Claims, completion requests and sends back move only the task's status, which ReportTask#follows does.
    private static final Consumer<ReportTask> STATUS_ONLY = task -> { };

    private final ReportTaskRepository tasks;
    private final ReportFactRepository facts;
    private final OfficeCalendar calendar;

    ReportProjection(ReportTaskRepository tasks, ReportFactRepository facts, OfficeCalendar calendar) {
        this.tasks = tasks;
        this.facts = facts;
        this.calendar = calendar;
    }

    @EventHandler
    void on(TaskAssignedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        if (tasks.findById(event.taskId()).isEmpty()) {
            TaskCategory category = SubtaskCategory.of(event, id -> tasks.findById(id).map(ReportTask::category));
            boolean ownPlanning = event.parentTaskId() != null && tasks.findById(event.parentTaskId())
                    .map(parent -> Objects.equals(parent.leadDepartment(), event.details().leadDepartment()))
                    .orElse(false);
            tasks.save(new ReportTask(event, category, at, dayOf(at), sequence, !ownPlanning));
        }
        count(event.taskId(), FactKind.TASK_ASSIGNED, event.taskId(), at);
        coOperating(event.taskId(), event.details().coDepartments(), event.details().coDepartmentKeys(), at);
    }

    // A claim starts the round of reporting: the first whole period after it is owed.
    @EventHandler
    void on(TaskClaimedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.taskId(), event, sequence, task -> task.startRound(dayOf(at)));
    }

    // A return has no id of its own: the task's sequence names it.
    @EventHandler
    void on(TaskReturnedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.taskId(), event, sequence, STATUS_ONLY);
        count(event.taskId() + ":" + sequence, FactKind.TASK_RETURNED, event.taskId(), at);
    }

    // The reassignment counts for the department the task is taken from, before the task's row names the new one;
    // the previous lead's spell ends and the new one's (TASK_TAKEN_OVER) begins.
    @EventHandler
    void on(TaskReassignedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        String spell = event.taskId() + ":" + sequence;
        count(spell, FactKind.TASK_REASSIGNED, event.taskId(), at);
        change(event.taskId(), event, sequence, task -> {
            end(task.leadFact(), at);
            task.takenOver(event.leadDepartment(), spell, dayOf(at));
        });
        count(spell, FactKind.TASK_TAKEN_OVER, event.taskId(), at);
        coOperating(event.taskId(), event.coDepartments(), event.coDepartmentKeys(), at);
    }

    // A report, the lead's or a co-operating department's, reports the period it falls in for the lead department.
    @EventHandler
    void on(ProgressReportedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.taskId(), event, sequence, task -> {
            task.reported(event.percentComplete());
            task.periodReportedOn(dayOf(at)).ifPresent(period -> count(event.taskId() + ":" + period.key(),
                    FactKind.REPORT_PERIOD, event.taskId(), at, period.end(), task.leadDepartment()));
        });
        count(event.reportId(), FactKind.REPORT_RECEIVED, event.taskId(), at);
        if (event.department() != null) {
            facts.findById(new ReportFact.Key(coOperationId(event.taskId(), event.department()), FactKind.CO_TASK))
                    .ifPresent(coTask -> count(event.reportId(), FactKind.CO_REPORT, event.taskId(), at, dayOf(at),
                            coTask.department()));
        }
    }

    // A warning for a missed report counts as a warning of its level when issued and, besides, as a report missing
    // in the period it was issued for (see missedOn).
    @EventHandler
    void on(WarningIssuedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        if (event.rule() == TimeRule.OVERDUE) {
            change(event.taskId(), event, sequence, task -> task.overdueWarningIssued(event.warningId()));
        }
        String rule = event.rule() == null ? null : event.rule().name();
        FactKind level = FactKind.warning(event.level());
        if (level != null) {
            count(event.warningId(), level, event.taskId(), at, dayOf(at), null, rule);
        }
        if (event.rule() == TimeRule.REPORT_MISSED) {
            LocalDate periodEnd = missedOn(event, at);
            change(event.taskId(), event, sequence, task -> task.periodMissed(periodEnd));
            count(event.warningId(), FactKind.REPORT_MISSED, event.taskId(), at, periodEnd, null, rule);
        }
    }

    @EventHandler
    void on(WarningLiftedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.taskId(), event, sequence, task -> task.warningLifted(event.warningId()));
        FactKind level = FactKind.warning(event.level());
        if (level != null) {
            end(new ReportFact.Key(event.warningId(), level), at);
        }
    }

    @EventHandler
    void on(TaskEscalatedEvent event, @Timestamp Instant at, MetaData metaData) {
        FactKind kind = RaisedBy.of(event, Actor.fromMetaData(metaData)) == RaisedBy.DEPARTMENT
                ? FactKind.ESCALATION_ASKED
                : FactKind.ESCALATION;
        count(event.escalationId(), kind, event.taskId(), at);
    }

    @EventHandler
    void on(ExtensionRequestedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.taskId(), event, sequence, task -> task.extensionRequested(dayOf(at)));
    }

    @EventHandler
    void on(ExtensionGrantedEvent event, @SequenceNumber long sequence) {
        change(event.taskId(), event, sequence, task -> task.extendedTo(event.newDueDate()));
    }

    @EventHandler
    void on(CompletionRequestedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.taskId(), event, sequence, task -> task.completionRequested(dayOf(at)));
    }

    @EventHandler
    void on(CompletionSentBackEvent event, @SequenceNumber long sequence) {
        change(event.taskId(), event, sequence, STATUS_ONLY);
    }

    @EventHandler
    void on(CompletionApprovedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.taskId(), event, sequence, task -> {
            if (task.overdueWarningId() != null) {
                end(new ReportFact.Key(task.overdueWarningId(), FactKind.WARNING_RED), at);
            }
            task.completed(at, dayOf(at));
        });
        count(event.requestId(), FactKind.COMPLETION, event.taskId(), at);
    }

    @EventHandler
    void on(TaskClosedEvent event, @Timestamp Instant at, @SequenceNumber long sequence) {
        change(event.taskId(), event, sequence, task -> task.closed(at));
        count(event.taskId(), FactKind.CLOSURE, event.taskId(), at);
    }

    // An inspection's finding is the rectification task opened for the department that must rectify it.
    @EventHandler
    void on(RectificationOpenedEvent event, @Timestamp Instant at) {
        count(event.taskId(), FactKind.FINDING, event.taskId(), at);
    }

    // A record counts for the department of its subject when it names one, else for the task's lead department; so
    // do the failures an exemption excuses.
    @EventHandler
    void on(AccountabilityRecordedEvent event, @Timestamp Instant at) {
        count(event.recordId(), FactKind.accountability(event.type()), event.taskId(), at, dayOf(at),
                event.subjectDepartment());
        event.exempts().forEach(failure -> count(event.recordId(), FactKind.exemption(failure), event.taskId(), at,
                dayOf(at), event.subjectDepartment()));
    }

    @ResetHandler
    void reset() {
        facts.deleteAllInBatch();
        tasks.deleteAllInBatch();
    }

    private void change(String taskId, Object event, long sequence, Consumer<ReportTask> change) {
        tasks.findById(taskId).filter(task -> task.follows(event, sequence)).ifPresent(task -> {
            change.accept(task);
            tasks.save(task);
        });
    }

    /**
     * One {@code CO_TASK} fact per co-operating department, named by the key its reports carry (its code, or its name
     * on a task from before the directory), counted for the department by name.
     */
    private void coOperating(String taskId, List<String> names, List<String> keys, Instant at) {
        for (int i = 0; i < names.size(); i++) {
            count(coOperationId(taskId, keys.get(i)), FactKind.CO_TASK, taskId, at, dayOf(at), names.get(i));
        }
    }

    // A name-based id, since a department's name may be longer than the fact id's column.
    private static String coOperationId(String taskId, String departmentKey) {
        return UUID.nameUUIDFromBytes((taskId + ":co:" + departmentKey).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void count(String factId, FactKind kind, String taskId, Instant at) {
        count(factId, kind, taskId, at, dayOf(at));
    }

    private void count(String factId, FactKind kind, String taskId, Instant at, LocalDate countedOn) {
        count(factId, kind, taskId, at, countedOn, null);
    }

    /** Counts the fact for {@code department}, or for the task's lead department when that is null. */
    private void count(String factId, FactKind kind, String taskId, Instant at, LocalDate countedOn,
                       String department) {
        count(factId, kind, taskId, at, countedOn, department, null);
    }

    private void count(String factId, FactKind kind, String taskId, Instant at, LocalDate countedOn,
                       String department, String rule) {
        ReportFact.Key key = new ReportFact.Key(factId, kind);
        if (facts.findById(key).isPresent()) {
            return;
        }
        String countedFor = department != null
                ? department
                : tasks.findById(taskId).map(ReportTask::leadDepartment).orElse(null);
        facts.save(new ReportFact(key, taskId, countedFor, at, countedOn, rule));
    }

    private void end(ReportFact.Key key, Instant at) {
        facts.findById(key).ifPresent(fact -> {
            fact.end(at, dayOf(at));
            facts.save(fact);
        });
    }

    /**
     * The day a missed report counts on: under the rules of 1.1 the last day of the period missed
     * ({@code periodEnd}), so that each of a silent department's periods is counted in the briefing of that period,
     * even when its warning comes days later or together with others; an older warning names no period and counts
     * on the day it was issued.
     */
    private LocalDate missedOn(WarningIssuedEvent event, Instant issuedAt) {
        String periodEnd = event.ruleParameters() == null ? null : event.ruleParameters().get("periodEnd");
        if (periodEnd != null) {
            try {
                return LocalDate.parse(periodEnd);
            } catch (DateTimeParseException e) {
                // Not a date: counted when issued, as an older warning.
            }
        }
        return dayOf(issuedAt);
    }

    private LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, calendar.zone());
    }
}
