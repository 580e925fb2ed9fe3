package gov.supervision.core.api.task;

import java.time.LocalDate;
import java.util.List;

/**
 * What the office assigns: the target, who answers for it and by when. Shared by assignment and
 * decomposition; in a decomposition a null category means "inherit the parent's".
 */
public record TaskDetails(
        String title,
        String description,
        TaskCategory category,
        TaskSource source,
        String leaderInCharge,
        String leadDepartment,
        List<String> coDepartments,
        String responsiblePerson,
        LocalDate dueDate,
        ReportingCadence reportingCadence,
        List<Milestone> milestones) {

    public TaskDetails {
        coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        reportingCadence = reportingCadence == null ? ReportingCadence.NONE : reportingCadence;
    }

    public TaskDetails withCategory(TaskCategory newCategory) {
        return new TaskDetails(title, description, newCategory, source, leaderInCharge, leadDepartment,
                coDepartments, responsiblePerson, dueDate, reportingCadence, milestones);
    }
}
