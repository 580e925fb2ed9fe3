package gov.supervision.core.task;

import gov.supervision.core.api.task.OpenRectificationCommand;
import gov.supervision.core.api.task.ProblemRegisteredEvent;
import gov.supervision.core.api.task.RectificationOpenedEvent;
import gov.supervision.core.api.task.RegisterProblemCommand;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.SourceType;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TaskSource;
import gov.supervision.core.time.OfficeCalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Tasks that are not assigned by hand: registered problems and rectifications of findings, due as
 * {@link ProblemDueDates} decides. Each is assigned with these details, then marked with where it came from.
 */
final class TaskIntake {

    private static final int MAX_TITLE_LENGTH = 200;
    private static final String RECTIFICATION_PREFIX = "整改：";

    /** The details a task is assigned with, and the event that records its origin. */
    record Opened(TaskDetails details, Object origin) {
    }

    private TaskIntake() {
    }

    static Opened problem(RegisterProblemCommand command, OfficeCalendar calendar, ProblemDueDates dueDates) {
        LocalDate today = calendar.today();
        TaskDetails details = new TaskDetails(command.title(), command.description(), TaskCategory.PROBLEM,
                command.source(), command.leaderInCharge(), command.department(), List.of(), null,
                dueDates.dueDate(command.complexity(), today, calendar.workingDays()), ReportingCadence.NONE, List.of(),
                command.leaderId(),
                command.departmentCode(), List.of());
        return new Opened(details, new ProblemRegisteredEvent(command.taskId(), command.source(), command.complexity(),
                today, dueDates.daysToSolve(command.complexity())));
    }

    static Opened rectification(OpenRectificationCommand command, OfficeCalendar calendar,
                                ProblemDueDates dueDates) {
        LocalDate today = calendar.today();
        TaskDetails details = new TaskDetails(cut(RECTIFICATION_PREFIX + command.finding()),
                command.finding() + "（" + command.inspectionTitle() + "）", TaskCategory.RECTIFICATION,
                new TaskSource(SourceType.INSPECTION, command.inspectionId()), command.leaderInCharge(),
                command.department(), List.of(), null,
                dueDates.dueDate(command.complexity(), today, calendar.workingDays()), ReportingCadence.NONE,
                List.of(), command.leaderId(), command.departmentCode(), List.of());
        return new Opened(details, new RectificationOpenedEvent(command.taskId(), command.inspectionId(),
                command.relatedTaskId(), command.complexity(), today, dueDates.daysToSolve(command.complexity())));
    }

    private static String cut(String title) {
        return title.codePointCount(0, title.length()) <= MAX_TITLE_LENGTH
                ? title
                : title.substring(0, title.offsetByCodePoints(0, MAX_TITLE_LENGTH));
    }
}
