package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.SubmitProgressReportCommand;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * The claim ("对号入座、主动认领") and what a task's departments owe from then on in progress reports: one per
 * period of the reporting cadence from the claim or the last report, and a report marking each milestone (节点)
 * by its date. A report lifts the warnings it answers; a missed period or milestone raises one.
 */
final class ProgressReports {

    private final TaskLifecycle lifecycle;
    private final ActiveWarnings warnings;
    private final Milestones milestones = new Milestones();
    private ReportingCadence cadence;
    private int reportsReceived;

    ProgressReports(TaskLifecycle lifecycle, ActiveWarnings warnings) {
        this.lifecycle = lifecycle;
        this.warnings = warnings;
    }

    // A supervisor may claim on the department's behalf; the claim then names no department. The first
    // reporting period runs from the claim.
    @CommandHandler
    Long handle(ClaimTaskCommand command, Actor actor, OfficeCalendar calendar, TaskDeadlines deadlines) {
        lifecycle.requireLead(actor);
        lifecycle.requireOpen();
        lifecycle.requireUnclaimed();
        String department = actor.has(Role.SUPERVISOR) ? null : actor.department();
        apply(new TaskClaimedEvent(lifecycle.taskId(), department, command.responsiblePerson()));
        deadlines.scheduleReport(cadence, calendar.now(), 1, reportsReceived);
        return getVersion();
    }

    @CommandHandler
    Long handle(SubmitProgressReportCommand command, Actor actor, OfficeCalendar calendar,
                TaskDeadlines deadlines) {
        lifecycle.requireParticipant(actor);
        lifecycle.requireOpen();
        lifecycle.requireClaimed();
        if (command.milestone() != null) {
            milestones.requireUnreached(command.milestone());
        }
        apply(new ProgressReportedEvent(lifecycle.taskId(), command.reportId(), actor.department(),
                command.percentComplete(), command.summary(), command.milestone()));
        if (command.milestone() != null) {
            warnings.lift(LiftReason.MILESTONE_REACHED,
                    active -> active.hasRule(TimeRule.MILESTONE_MISSED)
                            && command.milestone().equals(active.milestone()));
        }
        // Red stays until the task is completed: a report after two missed periods does not undo them.
        warnings.lift(LiftReason.REPORT_RECEIVED,
                active -> active.hasRule(TimeRule.REPORT_MISSED) && !active.isRed());
        deadlines.cancelReport();
        deadlines.scheduleReport(cadence, calendar.now(), 1, reportsReceived);
        return getVersion();
    }

    @DeadlineHandler(deadlineName = TaskDeadlines.MILESTONE)
    void milestoneDatePassed(TaskDeadlines.MilestonePassed deadline) {
        WarningIssuedEvent warning = RuleEvents.milestoneMissed(lifecycle.taskId(), deadline);
        if (milestones.unreached(deadline.milestone()) && !lifecycle.finished()
                && !warnings.active(warning.warningId())) {
            apply(warning);
        }
    }

    @DeadlineHandler(deadlineName = TaskDeadlines.REPORT_MISSED)
    void reportPeriodPassed(TaskDeadlines.ReportMissed deadline, TaskDeadlines deadlines) {
        WarningIssuedEvent warning = RuleEvents.reportMissed(lifecycle.taskId(), cadence, deadline);
        if (deadline.reportsReceived() != reportsReceived || lifecycle.finished()
                || warnings.active(warning.warningId())) {
            return;
        }
        warnings.issue(warning, deadlines.reportDue(cadence, deadline.since(), deadline.missedPeriods()), deadlines);
        // After the second miss the task is red and stays so; only a report starts the count again.
        if (deadline.missedPeriods() == 1) {
            deadlines.scheduleReport(cadence, deadline.since(), 2, reportsReceived);
        }
    }

    @EventSourcingHandler
    void on(TaskAssignedEvent event) {
        cadence = event.details().reportingCadence();
        milestones.assign(event.details().milestones());
    }

    @EventSourcingHandler
    void on(ProgressReportedEvent event) {
        reportsReceived++;
        if (event.milestone() != null) {
            milestones.reach(event.milestone());
        }
    }
}
