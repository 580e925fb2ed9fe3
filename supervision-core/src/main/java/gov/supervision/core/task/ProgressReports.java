package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.ReportingPeriod;
import gov.supervision.core.api.task.SubmitProgressReportCommand;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskReassignedEvent;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.task.TaskDeadlines.ReportPeriodDue;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * What a task's departments owe in progress reports: one in every calendar period of the reporting cadence
 * ({@link ReportingPeriod}) from the first whole period of the round on, and a report marking each milestone (节点)
 * by its date. A period with a report of the lead or a co-operating department within it is reported; a period
 * past its due day without one raises one {@code REPORT_MISSED} warning, yellow for the first in a row and red from
 * the second, and the next period is owed all the same. A report lifts the warnings it answers: the missed
 * periods' ({@code REPORTING_RESUMED}), the urging notices' and the milestone's it marks.
 */
final class ProgressReports {

    private final TaskLifecycle lifecycle;
    private final ActiveWarnings warnings;
    private final Milestones milestones = new Milestones();
    private ReportingCadence cadence;
    private Instant lastReportAt;
    private int missedInARow;

    ProgressReports(TaskLifecycle lifecycle, ActiveWarnings warnings) {
        this.lifecycle = lifecycle;
        this.warnings = warnings;
    }

    /** When the last progress report arrived; null before the first. */
    Instant lastReportAt() {
        return lastReportAt;
    }

    /** Starts the round that begins today (a claim or a reassignment): the first whole period after today is owed. */
    void startRound(OfficeCalendar calendar, TaskDeadlines deadlines) {
        deadlines.cancelReport();
        deadlines.scheduleFirstReportPeriod(cadence, lifecycle.round(), calendar.today());
    }

    @CommandHandler
    Long handle(SubmitProgressReportCommand command, Actor actor) {
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
        warnings.lift(LiftReason.REPORTING_RESUMED, active -> active.hasRule(TimeRule.REPORT_MISSED));
        warnings.lift(LiftReason.URGING_ANSWERED, active -> active.hasRule(TimeRule.URGING_UNANSWERED));
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

    /*
     * A period is owed while the lead department holds the task: not once its completion is approved, not while it
     * is returned, nor while a completion request made in time waits for verification. The next period is
     * scheduled whether or not this one was reported.
     */
    @DeadlineHandler(deadlineName = TaskDeadlines.REPORT_PERIOD)
    void reportPeriodDue(ReportPeriodDue deadline, OfficeCalendar calendar, TaskDeadlines deadlines) {
        if (deadline.round() != lifecycle.round() || lifecycle.finished() || lifecycle.returned()) {
            return;
        }
        boolean reported = lastReportAt != null && !lastReportAt.isBefore(calendar.startOf(deadline.periodStart()));
        if (!reported && !lifecycle.clockStopped()) {
            WarningIssuedEvent warning = RuleEvents.reportMissed(lifecycle.taskId(), deadline, missedInARow + 1);
            if (!warnings.active(warning.warningId())) {
                warnings.issue(warning, calendar.now(), deadlines);
            }
        }
        deadlines.scheduleReportPeriod(lifecycle.round(), deadline.reportingPeriod().next());
    }

    /*
     * A deadline of the rolling window of the rules before 1.1, stored before the upgrade, hands over to the
     * calendar periods: it raises nothing and the period after the one it fires in is owed.
     */
    @DeadlineHandler(deadlineName = TaskDeadlines.REPORT_MISSED)
    void rollingWindowPassed(TaskDeadlines.ReportMissed deadline, OfficeCalendar calendar,
                             TaskDeadlines deadlines) {
        if (!lifecycle.finished() && !lifecycle.returned() && cadence != ReportingCadence.NONE) {
            deadlines.scheduleFirstReportPeriod(cadence, lifecycle.round(), calendar.today());
        }
    }

    @EventSourcingHandler
    void on(TaskAssignedEvent event) {
        cadence = event.details().reportingCadence();
        milestones.assign(event.details().milestones());
    }

    @EventSourcingHandler
    void on(ProgressReportedEvent event, @Timestamp Instant at) {
        lastReportAt = at;
        missedInARow = 0;
        if (event.milestone() != null) {
            milestones.reach(event.milestone());
        }
    }

    @EventSourcingHandler
    void on(WarningIssuedEvent event) {
        if (event.rule() == TimeRule.REPORT_MISSED) {
            missedInARow++;
        }
    }

    @EventSourcingHandler
    void on(TaskReassignedEvent event) {
        missedInARow = 0;
    }
}
