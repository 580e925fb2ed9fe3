package gov.supervision.core.task;

import gov.supervision.core.api.task.Complexity;
import gov.supervision.core.api.task.OpenRectificationCommand;
import gov.supervision.core.api.task.RegisterProblemCommand;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.SourceType;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TaskSource;
import gov.supervision.core.rules.SupervisionRules;

import java.time.LocalDate;
import java.util.List;

/** The details of tasks that are not assigned by hand: registered problems and rectifications of findings. */
final class TaskIntake {

    private static final int MAX_TITLE_LENGTH = 200;
    private static final String RECTIFICATION_PREFIX = "整改：";

    private TaskIntake() {
    }

    /** "一般问题一周内办结，复杂问题一月内办结", with the days configured. */
    static int daysToSolve(Complexity complexity, SupervisionRules rules) {
        return complexity == Complexity.COMPLEX ? rules.complexProblemDays() : rules.generalProblemDays();
    }

    static TaskDetails problem(RegisterProblemCommand command, LocalDate dueDate) {
        return new TaskDetails(command.title(), command.description(), TaskCategory.PROBLEM, command.source(),
                command.leaderInCharge(), command.department(), List.of(), null, dueDate, ReportingCadence.NONE,
                List.of());
    }

    static TaskDetails rectification(OpenRectificationCommand command, LocalDate dueDate) {
        return new TaskDetails(cut(RECTIFICATION_PREFIX + command.finding()),
                command.finding() + "（" + command.inspectionTitle() + "）", TaskCategory.RECTIFICATION,
                new TaskSource(SourceType.INSPECTION, command.inspectionId()), null, command.department(), List.of(),
                null, dueDate, ReportingCadence.NONE, List.of());
    }

    private static String cut(String title) {
        return title.codePointCount(0, title.length()) <= MAX_TITLE_LENGTH
                ? title
                : title.substring(0, title.offsetByCodePoints(0, MAX_TITLE_LENGTH));
    }
}
