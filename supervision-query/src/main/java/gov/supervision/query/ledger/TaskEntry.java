package gov.supervision.query.ledger;

import gov.supervision.core.api.task.Complexity;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.SourceType;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TaskReassignedEvent;
import gov.supervision.core.api.task.TaskSource;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.api.ledger.ReturnView;
import gov.supervision.query.api.ledger.TaskView;
import gov.supervision.query.common.EventKeyedRow;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One line of the ledger: what was assigned, its progress, and when things happened. Longer than most classes
 * because it maps the {@code task} table column by column (its progress and subtasks apart), and every change
 * {@link LedgerFold} makes to a line goes through a method here.
 */
@Entity
@Table(name = "task")
class TaskEntry extends EventKeyedRow<String> {

    @Id
    private String taskId;
    private String parentTaskId;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private TaskCategory category;
    @Enumerated(EnumType.STRING)
    private SourceType sourceType;
    private String sourceReference;
    private String leaderInCharge;
    private String leaderId;
    private String leadDepartment;
    private String leadDepartmentCode;
    @Convert(converter = JsonColumns.Strings.class)
    private List<String> coDepartments;
    @Convert(converter = JsonColumns.Strings.class)
    private List<String> coDepartmentCodes;
    private String responsiblePerson;
    private LocalDate dueDate;
    private LocalDate originalDueDate;
    @Enumerated(EnumType.STRING)
    private ReportingCadence reportingCadence;
    @Embedded
    private TaskProgress progress;
    @Embedded
    private SubtaskRollUp subtasks;
    @Enumerated(EnumType.STRING)
    private Complexity complexity;
    private String inspectionId;
    private String relatedTaskId;
    private Instant assignedAt;
    private Instant claimedAt;
    private Instant completedAt;
    private Instant closedAt;
    private Instant updatedAt;
    private long version;
    private int returns;
    private int reassignments;
    @Convert(converter = JsonColumns.Return.class)
    private ReturnView lastReturn;
    /** Its departments' rows ({@link DepartmentRows}), read only when they are to change. */
    @OneToMany(mappedBy = "task")
    private List<TaskDepartment> departmentRows = new ArrayList<>();

    protected TaskEntry() {
    }

    TaskEntry(TaskAssignedEvent event, TaskCategory category, Instant assignedAt, long version) {
        TaskDetails details = event.details();
        this.taskId = event.taskId();
        this.parentTaskId = event.parentTaskId();
        this.title = details.title();
        this.description = details.description();
        this.category = category;
        this.sourceType = details.source() == null ? null : details.source().type();
        this.sourceReference = details.source() == null ? null : details.source().reference();
        this.leaderInCharge = details.leaderInCharge();
        this.leaderId = details.leaderId();
        this.leadDepartment = details.leadDepartment();
        this.leadDepartmentCode = details.leadDepartmentCode();
        this.coDepartments = details.coDepartments();
        this.coDepartmentCodes = details.coDepartmentCodes();
        this.responsiblePerson = details.responsiblePerson();
        this.dueDate = details.dueDate();
        this.originalDueDate = details.dueDate();
        this.reportingCadence = details.reportingCadence();
        this.progress = TaskProgress.assigned(event);
        this.subtasks = SubtaskRollUp.none();
        this.assignedAt = assignedAt;
        this.updatedAt = assignedAt;
        this.version = version;
    }

    String taskId() {
        return taskId;
    }

    String parentTaskId() {
        return parentTaskId;
    }

    List<String> subtaskIds() {
        return subtasks.ids();
    }

    TaskCategory category() {
        return category;
    }

    TaskProgress progress() {
        return progress;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    /** What its department rows copy of it (the fields a department's page filters and sorts on first). */
    Filtered filtered() {
        return new Filtered(progress.status(), category, progress.warnings().level(), progress.warnings().overdue(),
                dueDate);
    }

    List<TaskDepartment> departmentRows() {
        return departmentRows;
    }

    /** Sequence numbers count per task, so an event at or below the version was applied already. */
    boolean hasApplied(long sequence) {
        return sequence <= version;
    }

    void touched(Instant at, long sequence) {
        updatedAt = at;
        version = sequence;
    }

    void claim(String responsiblePerson, Instant at) {
        this.responsiblePerson = responsiblePerson;
        this.claimedAt = at;
    }

    /** The lead department gave the task back (退回); counted, never forgotten, whatever the office does next. */
    void returned(ReturnView ret) {
        returns++;
        lastReturn = ret;
    }

    /**
     * The office gave the task to another lead department (改派): the departments and the responsible person are
     * the new ones (none when the reassignment names none); the return that led to it stays as the last return.
     */
    void reassigned(TaskReassignedEvent event) {
        reassignments++;
        leadDepartment = event.leadDepartment();
        leadDepartmentCode = event.leadDepartmentCode();
        coDepartments = event.coDepartments();
        coDepartmentCodes = event.coDepartmentCodes();
        responsiblePerson = event.responsiblePerson();
    }

    /** The task was handed over (交接) to another responsible person. */
    void handedOver(String newResponsiblePerson) {
        responsiblePerson = newResponsiblePerson;
    }

    void extendTo(LocalDate newDueDate) {
        dueDate = newDueDate;
    }

    void complete(Instant at) {
        completedAt = at;
        progress.completed();
    }

    void close(Instant at) {
        closedAt = at;
    }

    void registeredAsProblem(Complexity complexity) {
        this.complexity = complexity;
    }

    void openedAsRectification(String inspectionId, String relatedTaskId, Complexity complexity) {
        this.inspectionId = inspectionId;
        this.relatedTaskId = relatedTaskId;
        this.complexity = complexity;
    }

    void addSubtask(String subtaskId, Integer weight) {
        subtasks.added(subtaskId, weight);
    }

    /** A subtask's percent, as {@link #rolledUpPercent()} gives it; false when the roll-up had it already. */
    boolean subtaskProgressed(String subtaskId, int percent) {
        return subtasks.progressed(subtaskId, percent);
    }

    /**
     * What the task counts for in its parent's progress: all of it once its completion is approved, else its own
     * subtasks' roll-up when it has subtasks (so a report two levels down reaches the top), else its own reports.
     */
    int rolledUpPercent() {
        if (completedAt != null) {
            return 100;
        }
        return subtasks.percent() != null ? subtasks.percent() : progress.percentComplete();
    }

    TaskView toView() {
        TaskSource source = sourceType == null && sourceReference == null
                ? null : new TaskSource(sourceType, sourceReference);
        return new TaskView(taskId, parentTaskId, title, description, category, source, leaderInCharge, leaderId,
                leadDepartment, leadDepartmentCode, unmodifiable(coDepartments), unmodifiable(coDepartmentCodes),
                responsiblePerson, dueDate, originalDueDate,
                reportingCadence, unmodifiable(progress.milestones()), progress.status(),
                progress.percentComplete(), progress.warnings().level(), progress.escalationLevel(),
                progress.warnings().overdue(), subtasks.ids(), subtasks.percent(), progress.lastReport(),
                unmodifiable(progress.openRequests()), complexity, inspectionId, relatedTaskId, assignedAt, claimedAt,
                completedAt, closedAt, updatedAt, version, returns, reassignments, lastReturn);
    }

    private static <T> List<T> unmodifiable(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    @Override
    public String getId() {
        return taskId;
    }

    record Filtered(TaskStatus status, TaskCategory category, WarningLevel warningLevel, boolean overdue,
                    LocalDate dueDate) {
    }
}
