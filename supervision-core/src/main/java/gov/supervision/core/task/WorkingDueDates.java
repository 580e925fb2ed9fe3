package gov.supervision.core.task;

import gov.supervision.core.api.task.Milestone;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.time.WorkingCalendar;

import java.util.List;

/**
 * A due date that falls on a day off (a weekend or an official holiday) moves to the next working day, and so does a
 * milestone's: a department is never due on a day its office is closed. The moved dates are the ones assigned and
 * recorded, so a later change of the calendar never moves a date already given.
 */
final class WorkingDueDates {

    private WorkingDueDates() {
    }

    static TaskDetails onWorkingDays(TaskDetails details, WorkingCalendar calendar) {
        List<Milestone> milestones = details.milestones().stream()
                .map(milestone -> milestone.dueDate() == null
                        ? milestone
                        : new Milestone(milestone.name(), calendar.onOrAfter(milestone.dueDate())))
                .toList();
        return details.withDates(details.dueDate() == null ? null : calendar.onOrAfter(details.dueDate()),
                milestones);
    }
}
