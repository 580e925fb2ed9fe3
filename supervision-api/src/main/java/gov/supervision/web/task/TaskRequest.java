package gov.supervision.web.task;

import gov.supervision.core.api.task.Milestone;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.SourceType;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TaskSource;
import gov.supervision.query.api.directory.DepartmentEntry;
import gov.supervision.query.api.directory.LeaderEntry;
import gov.supervision.web.directory.DirectoryResolver;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /tasks} and {@code POST /tasks/{id}/subtasks}; a subtask may omit the category and may
 * give its weight in its parent's progress (1 to 100; subtasks without one weigh 1).
 */
record TaskRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull(groups = Assignment.class) TaskCategory category,
        @Valid SourceRequest source,
        @NotBlank @Size(max = 100) String leaderInCharge,
        @NotBlank @Size(max = 100) String leadDepartment,
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> coDepartments,
        @Size(max = 100) String responsiblePerson,
        @NotNull LocalDate dueDate,
        ReportingCadence reportingCadence,
        @Size(max = 50) List<@Valid @NotNull MilestoneRequest> milestones,
        @Min(1) @Max(100) Integer weight) {

    /** Validation group of a top-level assignment, where the category is required. */
    interface Assignment {
    }

    record SourceRequest(@NotNull SourceType type, @Size(max = 100) String reference) {
    }

    record MilestoneRequest(@NotBlank @Size(max = 100) String name, @NotNull LocalDate dueDate) {
    }

    /** The details as assigned: the departments and the leader as the directory names them. */
    TaskDetails toDetails(DirectoryResolver directory) {
        LeaderEntry leader = directory.leader("leaderInCharge", leaderInCharge);
        DepartmentEntry lead = directory.activeDepartment("leadDepartment", leadDepartment);
        List<DepartmentEntry> co = directory.activeDepartments("coDepartments",
                coDepartments == null ? List.of() : coDepartments);
        return new TaskDetails(
                title.strip(),
                description,
                category,
                source == null ? null : new TaskSource(source.type(), source.reference()),
                leader.name(),
                lead.name(),
                co.stream().map(DepartmentEntry::name).toList(),
                responsiblePerson,
                dueDate,
                reportingCadence,
                milestones == null ? List.of()
                        : milestones.stream().map(m -> new Milestone(m.name().strip(), m.dueDate())).toList(),
                leader.id(),
                lead.code(),
                co.stream().map(DepartmentEntry::code).toList());
    }
}
