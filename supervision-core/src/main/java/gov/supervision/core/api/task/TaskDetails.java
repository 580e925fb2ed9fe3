package gov.supervision.core.api.task;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * What the office assigns: the target, who answers for it and by when. Shared by assignment and
 * decomposition; in a decomposition a null category means "inherit the parent's". The departments and the leader
 * are named as the directory knows them: the canonical name, and beside it the code (the leader's id) that stays
 * when a department is renamed. Tasks assigned before the directory existed carry names only; absent
 * codes are left out of the JSON, so that such a task reads back exactly as it was stored.
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
        List<Milestone> milestones,
        @JsonInclude(JsonInclude.Include.NON_NULL) String leaderId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String leadDepartmentCode,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> coDepartmentCodes) {

    public TaskDetails {
        coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        reportingCadence = reportingCadence == null ? ReportingCadence.NONE : reportingCadence;
        coDepartmentCodes = coDepartmentCodes == null ? List.of() : List.copyOf(coDepartmentCodes);
    }

    /** Details named by free text only, as before the directory. */
    public TaskDetails(String title, String description, TaskCategory category, TaskSource source,
                       String leaderInCharge, String leadDepartment, List<String> coDepartments,
                       String responsiblePerson, LocalDate dueDate, ReportingCadence reportingCadence,
                       List<Milestone> milestones) {
        this(title, description, category, source, leaderInCharge, leadDepartment, coDepartments, responsiblePerson,
                dueDate, reportingCadence, milestones, null, null, List.of());
    }

    public TaskDetails withCategory(TaskCategory newCategory) {
        return new TaskDetails(title, description, newCategory, source, leaderInCharge, leadDepartment,
                coDepartments, responsiblePerson, dueDate, reportingCadence, milestones, leaderId, leadDepartmentCode,
                coDepartmentCodes);
    }

    /** The same details due on other dates (a due date moved off a non-working day, milestones likewise). */
    public TaskDetails withDates(LocalDate newDueDate, List<Milestone> newMilestones) {
        return new TaskDetails(title, description, category, source, leaderInCharge, leadDepartment,
                coDepartments, responsiblePerson, newDueDate, reportingCadence, newMilestones, leaderId,
                leadDepartmentCode, coDepartmentCodes);
    }

    /** How access rules know the lead department: by its code, or by its name on a task from before the directory. */
    public String leadDepartmentKey() {
        return leadDepartmentCode == null ? leadDepartment : leadDepartmentCode;
    }

    /** The co-operating departments as {@link #leadDepartmentKey()} knows the lead. */
    public List<String> coDepartmentKeys() {
        return coDepartmentCodes.isEmpty() ? coDepartments : coDepartmentCodes;
    }

    /** The leader in charge by their id, or by name on a task from before the directory. */
    public String leaderKey() {
        return leaderId == null ? leaderInCharge : leaderId;
    }
}
