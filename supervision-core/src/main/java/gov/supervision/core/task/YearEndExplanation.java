package gov.supervision.core.task;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.task.RecordYearEndExplanationCommand;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.YearEndExplanationRecordedEvent;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * "年底，市政府将开展全面对照检查，哪些任务没有完成，分管领导要向市政府常务会议作出解释": at year end every task not
 * closed carries its leader's explanation, given by the leader in charge. One may be recorded for each year the task has been open, from the year
 * of its assignment to the current one in the office's zone; a closed task needs none.
 */
final class YearEndExplanation {

    private final TaskLifecycle lifecycle;
    private Instant assignedAt;

    YearEndExplanation(TaskLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @CommandHandler
    Long handle(RecordYearEndExplanationCommand command, Actor actor, OfficeCalendar calendar) {
        lifecycle.requireLeaderInCharge(actor);
        lifecycle.requireNotClosed();
        requireOpenIn(command.year(), calendar);
        apply(new YearEndExplanationRecordedEvent(lifecycle.taskId(), command.year(), command.explanation()));
        return getVersion();
    }

    private void requireOpenIn(int year, OfficeCalendar calendar) {
        int firstYear = calendar.yearOf(assignedAt);
        int currentYear = calendar.today().getYear();
        if (year < firstYear || year > currentYear) {
            throw new RuleViolationException(RuleViolation.YEAR_OUT_OF_RANGE,
                    "The year " + year + " is outside " + firstYear + "–" + currentYear
                            + ", the years the task has been open.");
        }
    }

    @EventSourcingHandler
    void on(TaskAssignedEvent event, @Timestamp Instant timestamp) {
        assignedAt = timestamp;
    }
}
