package gov.supervision.core.task;

import gov.supervision.core.api.task.SendUrgingNoticeCommand;
import gov.supervision.core.api.task.UrgingNoticeSentEvent;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.task.TaskDeadlines.UrgingDue;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.annotation.DeadlineHandler;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * Urging notices (催办): one with an answer date expects a progress report by the end of that day; if none has
 * arrived since the notice was sent, the task turns yellow ({@code URGING_UNANSWERED}) until a report answers it.
 */
final class Urgings {

    private final TaskLifecycle lifecycle;
    private final ActiveWarnings warnings;
    private final ProgressReports reports;

    Urgings(TaskLifecycle lifecycle, ActiveWarnings warnings, ProgressReports reports) {
        this.lifecycle = lifecycle;
        this.warnings = warnings;
        this.reports = reports;
    }

    @CommandHandler
    Long handle(SendUrgingNoticeCommand command, TaskDeadlines deadlines) {
        lifecycle.requireOpen();
        apply(new UrgingNoticeSentEvent(lifecycle.taskId(), command.urgingId(), command.message(),
                command.respondBy()));
        if (command.respondBy() != null) {
            deadlines.scheduleUrging(command.urgingId(), command.respondBy());
        }
        return getVersion();
    }

    @DeadlineHandler(deadlineName = TaskDeadlines.URGING)
    void answerDatePassed(UrgingDue deadline, OfficeCalendar calendar, TaskDeadlines deadlines) {
        Instant lastReport = reports.lastReportAt();
        boolean answered = lastReport != null && !lastReport.isBefore(deadline.sentAt());
        WarningIssuedEvent warning = RuleEvents.urgingUnanswered(lifecycle.taskId(), deadline);
        if (!answered && !lifecycle.finished() && !warnings.active(warning.warningId())) {
            warnings.issue(warning, calendar.now(), deadlines);
        }
    }
}
