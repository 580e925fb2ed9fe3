package gov.supervision.query.report;

import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.ReportingPeriod;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.query.api.report.UnclosedTask;
import gov.supervision.query.common.EventKeyedRow;
import gov.supervision.query.common.TaskStatusFold;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A task as the reports count it: its year, its original and current due date, whether it is overdue and done. */
@Entity
@Table(name = "report_task")
class ReportTask extends EventKeyedRow<String> {

    @Id
    private String taskId;
    private String title;
    @Enumerated(EnumType.STRING)
    private TaskCategory category;
    private String leadDepartment;
    private String leaderInCharge;
    private String parentTaskId;
    private Instant assignedAt;
    private int assignedYear;
    private LocalDate originalDueDate;
    private LocalDate dueDate;
    private boolean officeAssigned;
    private LocalDate onTimeDueDate;
    private Boolean extensionAskedInTime;
    private LocalDate completionRequestedOn;
    @Enumerated(EnumType.STRING)
    private TaskStatus status;
    private boolean overdue;
    private String overdueWarningId;
    private int percentComplete;
    private Instant completedAt;
    private Boolean completedOnTime;
    private Instant closedAt;
    @Enumerated(EnumType.STRING)
    private ReportingCadence reportingCadence;
    private LocalDate owedFrom;
    private String leadFactId;
    private LocalDate missedPeriodEnd;
    private long version;

    protected ReportTask() {
    }

    ReportTask(TaskAssignedEvent event, TaskCategory category, Instant assignedAt, LocalDate assignedOn, long sequence,
               boolean officeAssigned) {
        this.taskId = event.taskId();
        this.title = event.details().title();
        this.category = category;
        this.leadDepartment = event.details().leadDepartment();
        this.leaderInCharge = event.details().leaderInCharge();
        this.parentTaskId = event.parentTaskId();
        this.assignedAt = assignedAt;
        this.assignedYear = assignedOn.getYear();
        this.originalDueDate = event.details().dueDate();
        this.dueDate = event.details().dueDate();
        this.onTimeDueDate = event.details().dueDate();
        this.officeAssigned = officeAssigned;
        this.status = TaskStatusFold.after(null, event);
        this.reportingCadence = event.details().reportingCadence();
        this.leadFactId = taskId;
        this.version = sequence;
        startRound(assignedOn);
    }

    String taskId() {
        return taskId;
    }

    TaskCategory category() {
        return category;
    }

    String leadDepartment() {
        return leadDepartment;
    }

    /**
     * Takes the task's next event, moving its status by the read side's one loop; false for an event at or below
     * the last one applied (a redelivery), since sequence numbers count per task.
     */
    boolean follows(Object event, long sequence) {
        if (sequence <= version) {
            return false;
        }
        version = sequence;
        status = TaskStatusFold.after(status, event);
        return true;
    }

    /** The fact of the current lead department's spell: the assignment's, or the latest reassignment's. */
    ReportFact.Key leadFact() {
        return new ReportFact.Key(leadFactId,
                taskId.equals(leadFactId) ? FactKind.TASK_ASSIGNED : FactKind.TASK_TAKEN_OVER);
    }

    /**
     * What the task counts for from now on counts for its new lead department, whose spell is the fact
     * {@code spellFactId}, and a new round of reporting starts on {@code day}; what happened before stays.
     */
    void takenOver(String newLeadDepartment, String spellFactId, LocalDate day) {
        leadDepartment = newLeadDepartment;
        leadFactId = spellFactId;
        startRound(day);
    }

    /** A round of reporting (the assignment, a claim, a reassignment) owes the first whole period after its day. */
    void startRound(LocalDate day) {
        owedFrom = owesReports() ? ReportingPeriod.firstOwedAfter(reportingCadence, day).start() : null;
    }

    /**
     * The period owed that a report made on {@code day} reports: the calendar period it falls in, unless that comes
     * before the round's first owed period or was already counted missed (its warning raised before the report).
     */
    Optional<ReportingPeriod> periodReportedOn(LocalDate day) {
        if (!owesReports() || owedFrom == null) {
            return Optional.empty();
        }
        ReportingPeriod period = ReportingPeriod.containing(reportingCadence, day);
        return period.start().isBefore(owedFrom) || period.end().equals(missedPeriodEnd)
                ? Optional.empty()
                : Optional.of(period);
    }

    void periodMissed(LocalDate periodEnd) {
        missedPeriodEnd = periodEnd;
    }

    private boolean owesReports() {
        return reportingCadence != null && reportingCadence != ReportingCadence.NONE;
    }

    /** The overdue warning in force; null when the task is not overdue. */
    String overdueWarningId() {
        return overdueWarningId;
    }

    void reported(int percent) {
        percentComplete = percent;
    }

    void overdueWarningIssued(String warningId) {
        overdueWarningId = warningId;
        overdue = true;
    }

    void warningLifted(String warningId) {
        if (warningId.equals(overdueWarningId)) {
            overdueWarningId = null;
            overdue = false;
        }
    }

    /** An extension asked for on or before the date on-time is judged by may move that date when granted. */
    void extensionRequested(LocalDate askedOn) {
        extensionAskedInTime = onTimeDueDate == null || !askedOn.isAfter(onTimeDueDate);
    }

    void extendedTo(LocalDate newDueDate) {
        dueDate = newDueDate;
        if (Boolean.TRUE.equals(extensionAskedInTime)) {
            onTimeDueDate = newDueDate;
        }
        extensionAskedInTime = null;
    }

    void completionRequested(LocalDate requestedOn) {
        completionRequestedOn = requestedOn;
    }

    /**
     * On time means completion requested, then approved, by the date on-time is judged by: the original due date,
     * moved by an extension asked for in time and never by one asked after it. A completion stored without its
     * request's day is judged by the day of its approval. Approval ends every warning, the overdue one included.
     */
    void completed(Instant at, LocalDate approvedOn) {
        percentComplete = 100;
        completedAt = at;
        LocalDate requestedOn = completionRequestedOn == null ? approvedOn : completionRequestedOn;
        completedOnTime = onTimeDueDate == null || !requestedOn.isAfter(onTimeDueDate);
        overdueWarningId = null;
        overdue = false;
    }

    void closed(Instant at) {
        closedAt = at;
    }

    /** The task as the year-end review lists it, with its leader's explanation for the year (null: none yet). */
    UnclosedTask unclosed(ReportExplanation explanation, Integer rolledUpPercent) {
        return new UnclosedTask(taskId, title, leadDepartment, leaderInCharge, status, dueDate, originalDueDate,
                percentComplete, explanation == null ? null : explanation.explanation(),
                explanation == null ? null : explanation.explainedBy(),
                explanation == null ? null : explanation.explainedAt(), rolledUpPercent);
    }

    @Override
    public String getId() {
        return taskId;
    }
}
