package gov.supervision.query.api.ledger;

import gov.supervision.core.api.task.Complexity;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskSource;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.api.task.WarningLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of the ledger (台账): the task as it stands now. {@code version} is its last event's sequence;
 * {@code complexity} is set for problems and rectifications, {@code inspectionId} for rectifications.
 * {@code subtaskPercent} is the parent's progress rolled up from its subtasks (weighted mean of their percent,
 * weight 1 unless given at decomposition; null without subtasks); {@code percentComplete} is what the task's own
 * reports say. Departments and the leader come by canonical name and, beside it, by code and id (null or empty on
 * tasks assigned before the directory). {@code returns} and {@code reassignments} count how often the task was
 * returned by a lead department (退回) and given to another by the office (改派); {@code lastReturn} is the latest
 * return (null: never returned). After a reassignment the departments and the responsible person are the new ones.
 */
public record TaskView(
        String taskId,
        String parentTaskId,
        String title,
        String description,
        TaskCategory category,
        TaskSource source,
        String leaderInCharge,
        String leaderId,
        String leadDepartment,
        String leadDepartmentCode,
        List<String> coDepartments,
        List<String> coDepartmentCodes,
        String responsiblePerson,
        LocalDate dueDate,
        LocalDate originalDueDate,
        ReportingCadence reportingCadence,
        List<MilestoneView> milestones,
        TaskStatus status,
        int percentComplete,
        WarningLevel warningLevel,
        EscalationLevel escalationLevel,
        boolean overdue,
        List<String> subtaskIds,
        Integer subtaskPercent,
        ReportView lastReport,
        List<OpenRequestView> openRequests,
        Complexity complexity,
        String inspectionId,
        String relatedTaskId,
        Instant assignedAt,
        Instant claimedAt,
        Instant completedAt,
        Instant closedAt,
        Instant updatedAt,
        long version,
        int returns,
        int reassignments,
        ReturnView lastReturn) {

    /** A task never returned nor reassigned, as the ledger showed every task before returns existed. */
    public TaskView(String taskId, String parentTaskId, String title, String description, TaskCategory category,
                    TaskSource source, String leaderInCharge, String leaderId, String leadDepartment,
                    String leadDepartmentCode, List<String> coDepartments, List<String> coDepartmentCodes,
                    String responsiblePerson, LocalDate dueDate, LocalDate originalDueDate,
                    ReportingCadence reportingCadence, List<MilestoneView> milestones, TaskStatus status,
                    int percentComplete, WarningLevel warningLevel, EscalationLevel escalationLevel, boolean overdue,
                    List<String> subtaskIds, Integer subtaskPercent, ReportView lastReport,
                    List<OpenRequestView> openRequests, Complexity complexity, String inspectionId,
                    String relatedTaskId, Instant assignedAt, Instant claimedAt, Instant completedAt,
                    Instant closedAt, Instant updatedAt, long version) {
        this(taskId, parentTaskId, title, description, category, source, leaderInCharge, leaderId, leadDepartment,
                leadDepartmentCode, coDepartments, coDepartmentCodes, responsiblePerson, dueDate, originalDueDate,
                reportingCadence, milestones, status, percentComplete, warningLevel, escalationLevel, overdue,
                subtaskIds, subtaskPercent, lastReport, openRequests, complexity, inspectionId, relatedTaskId,
                assignedAt, claimedAt, completedAt, closedAt, updatedAt, version, 0, 0, null);
    }
}
