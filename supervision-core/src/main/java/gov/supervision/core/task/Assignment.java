package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.core.api.task.HandOverTaskCommand;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.ReassignTaskCommand;
import gov.supervision.core.api.task.ResponsiblePersonChangedEvent;
import gov.supervision.core.api.task.ReturnTaskCommand;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.api.task.TaskReassignedEvent;
import gov.supervision.core.api.task.TaskReturnedEvent;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WithdrawalReason;
import gov.supervision.core.task.TaskDeadlines.ClaimDue;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * Who holds the task: the claim ("对号入座、主动认领") within the {@link ClaimLimit}, the return of a task that is not
 * the department's own (退回), the office's reassignment to another lead department (改派), which starts the claim
 * clock and the reporting round again and withdraws the open escalations, and the handover to another responsible
 * person (交接). Each is an event with its actor and reason, so that no task is bounced between units unrecorded.
 */
final class Assignment {

    private static final List<TimeRule> OF_THE_HOLDER = List.of(TimeRule.NOT_CLAIMED, TimeRule.REPORT_MISSED,
            TimeRule.URGING_UNANSWERED);

    private final TaskLifecycle lifecycle;
    private final ActiveWarnings warnings;
    private final ProgressReports reports;
    private final Escalations escalations;
    private final SubtaskClosure subtasks;
    private String leadDepartment;
    private String leadDepartmentCode;
    private String responsiblePerson;

    Assignment(TaskLifecycle lifecycle, ActiveWarnings warnings, ProgressReports reports, Escalations escalations,
               SubtaskClosure subtasks) {
        this.lifecycle = lifecycle;
        this.warnings = warnings;
        this.reports = reports;
        this.escalations = escalations;
        this.subtasks = subtasks;
    }

    // A supervisor may claim on the department's behalf; the claim then names no department.
    @CommandHandler
    Long handle(ClaimTaskCommand command, Actor actor, OfficeCalendar calendar, TaskDeadlines deadlines) {
        lifecycle.requireLead(actor);
        lifecycle.requireOpen();
        lifecycle.requireUnclaimed();
        String department = actor.has(Role.SUPERVISOR) ? null : actor.department();
        apply(new TaskClaimedEvent(lifecycle.taskId(), department, command.responsiblePerson()));
        warnings.lift(LiftReason.CLAIMED, active -> active.hasRule(TimeRule.NOT_CLAIMED));
        deadlines.cancelClaim();
        reports.startRound(calendar, deadlines);
        return getVersion();
    }

    @CommandHandler
    Long handle(ReturnTaskCommand command, Actor actor, TaskDeadlines deadlines) {
        lifecycle.requireLead(actor);
        lifecycle.requireOpen();
        lifecycle.requireUnclaimed();
        apply(new TaskReturnedEvent(lifecycle.taskId(), lifecycle.access().lead(), command.reason(),
                command.suggestedDepartment(), command.suggestedDepartmentCode()));
        warnings.lift(LiftReason.RETURNED, active -> active.hasRule(TimeRule.NOT_CLAIMED));
        deadlines.cancelClaim();
        deadlines.cancelReport();
        return getVersion();
    }

    @CommandHandler
    Long handle(ReassignTaskCommand command, OfficeCalendar calendar, TaskDeadlines deadlines) {
        lifecycle.requireReassignable();
        requireReassignable(command);
        apply(new TaskReassignedEvent(lifecycle.taskId(), leadDepartment, leadDepartmentCode,
                command.leadDepartment(), command.leadDepartmentCode(), command.coDepartments(),
                command.coDepartmentCodes(), command.responsiblePerson(), command.reason(), calendar.today()));
        warnings.lift(LiftReason.REASSIGNED, active -> OF_THE_HOLDER.contains(active.rule()));
        escalations.withdrawOpen(WithdrawalReason.REASSIGNED);
        if (!warnings.anyRed()) {
            deadlines.cancelEscalation();
        }
        deadlines.cancelClaim();
        deadlines.scheduleClaim(lifecycle.round(), calendar.today());
        reports.startRound(calendar, deadlines);
        return getVersion();
    }

    @CommandHandler
    Long handle(HandOverTaskCommand command, Actor actor) {
        lifecycle.requireLead(actor);
        lifecycle.requireOpen();
        if (!command.responsiblePerson().equals(responsiblePerson)) {
            apply(new ResponsiblePersonChangedEvent(lifecycle.taskId(), responsiblePerson,
                    command.responsiblePerson(), command.reason()));
        }
        return getVersion();
    }

    @DeadlineHandler(deadlineName = TaskDeadlines.CLAIM)
    void claimLimitPassed(ClaimDue deadline, OfficeCalendar calendar, TaskDeadlines deadlines) {
        if (deadline.round() != lifecycle.round() || !lifecycle.unclaimed()) {
            return;
        }
        WarningIssuedEvent warning = ClaimLimit.notClaimed(lifecycle.taskId(), deadline);
        if (!warnings.active(warning.warningId())) {
            warnings.issue(warning, calendar.now(), deadlines);
        }
    }

    private void requireReassignable(ReassignTaskCommand command) {
        String newLead = command.leadDepartmentCode() == null ? command.leadDepartment() : command.leadDepartmentCode();
        if (Objects.equals(newLead, lifecycle.access().lead())) {
            throw new RuleViolationException(RuleViolation.SAME_LEAD_DEPARTMENT,
                    command.leadDepartment() + " already leads this task.");
        }
        List<String> cooperating = command.coDepartmentCodes().isEmpty()
                ? command.coDepartments()
                : command.coDepartmentCodes();
        if (cooperating.contains(newLead)) {
            throw new RuleViolationException(RuleViolation.LEAD_DEPARTMENT_ALSO_COOPERATING,
                    "The lead department " + command.leadDepartment() + " cannot also be a co-operating department.");
        }
        if (subtasks.any()) {
            throw new RuleViolationException(RuleViolation.TASK_NOT_REASSIGNABLE,
                    "The task is already decomposed into subtasks; close or reassign them first.");
        }
    }

    @EventSourcingHandler
    void on(TaskAssignedEvent event) {
        leadDepartment = event.details().leadDepartment();
        leadDepartmentCode = event.details().leadDepartmentCode();
        responsiblePerson = event.details().responsiblePerson();
    }

    @EventSourcingHandler
    void on(TaskClaimedEvent event) {
        responsiblePerson = event.responsiblePerson();
    }

    @EventSourcingHandler
    void on(TaskReassignedEvent event) {
        leadDepartment = event.leadDepartment();
        leadDepartmentCode = event.leadDepartmentCode();
        responsiblePerson = event.responsiblePerson();
    }

    @EventSourcingHandler
    void on(ResponsiblePersonChangedEvent event) {
        responsiblePerson = event.responsiblePerson();
    }
}
