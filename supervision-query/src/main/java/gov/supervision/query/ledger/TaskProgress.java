package gov.supervision.query.ledger;

import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.Milestone;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.api.ledger.MilestoneView;
import gov.supervision.query.api.ledger.OpenRequestView;
import gov.supervision.query.api.ledger.ReportView;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a task stands in the closed loop. Lists are replaced, never changed in place, so that
 * Hibernate sees every change of a JSON column.
 */
@Embeddable
class TaskProgress {

    @Enumerated(EnumType.STRING)
    private TaskStatus status;
    private int percentComplete;
    @Enumerated(EnumType.STRING)
    private WarningLevel warningLevel;
    @Convert(converter = JsonColumns.Warnings.class)
    private Map<String, ActiveWarning> activeWarnings;
    @Enumerated(EnumType.STRING)
    private EscalationLevel escalationLevel;
    @Convert(converter = JsonColumns.Escalations.class)
    private Map<String, EscalationLevel> openEscalations;
    private boolean overdue;
    @Convert(converter = JsonColumns.Milestones.class)
    private List<MilestoneView> milestones;
    @Convert(converter = JsonColumns.Report.class)
    private ReportView lastReport;
    @Convert(converter = JsonColumns.OpenRequests.class)
    private List<OpenRequestView> openRequests;

    protected TaskProgress() {
    }

    static TaskProgress assigned(List<Milestone> milestones) {
        TaskProgress progress = new TaskProgress();
        progress.status = TaskStatus.ASSIGNED;
        progress.warningLevel = WarningLevel.NONE;
        progress.activeWarnings = Map.of();
        progress.escalationLevel = EscalationLevel.NONE;
        progress.openEscalations = Map.of();
        progress.milestones = milestones.stream()
                .map(milestone -> new MilestoneView(milestone.name(), milestone.dueDate(), false, null))
                .toList();
        progress.openRequests = List.of();
        return progress;
    }

    TaskStatus status() {
        return status;
    }

    int percentComplete() {
        return percentComplete;
    }

    WarningLevel warningLevel() {
        return warningLevel;
    }

    EscalationLevel escalationLevel() {
        return escalationLevel;
    }

    boolean overdue() {
        return overdue;
    }

    List<MilestoneView> milestones() {
        return milestones;
    }

    ReportView lastReport() {
        return lastReport;
    }

    List<OpenRequestView> openRequests() {
        return openRequests;
    }

    void claimed() {
        status = TaskStatus.CLAIMED;
    }

    void report(ReportView report) {
        lastReport = report;
        percentComplete = report.percentComplete();
        if (status == TaskStatus.ASSIGNED || status == TaskStatus.CLAIMED) {
            status = TaskStatus.IN_PROGRESS;
        }
        if (report.milestone() != null) {
            milestones = milestones.stream()
                    .map(m -> m.name().equals(report.milestone()) && !m.reached()
                            ? new MilestoneView(m.name(), m.dueDate(), true, report.reportedAt())
                            : m)
                    .toList();
        }
    }

    void warn(String warningId, WarningLevel level, TimeRule rule) {
        Map<String, ActiveWarning> active = new LinkedHashMap<>(activeWarnings);
        active.put(warningId, new ActiveWarning(level, rule));
        setActiveWarnings(active);
    }

    void liftWarning(String warningId) {
        Map<String, ActiveWarning> active = new LinkedHashMap<>(activeWarnings);
        active.remove(warningId);
        setActiveWarnings(active);
    }

    // The light shows the most severe warning still active, so a red stays while a yellow is lifted;
    // a task is overdue exactly while its overdue warning is in force (an extension lifts it).
    private void setActiveWarnings(Map<String, ActiveWarning> active) {
        activeWarnings = active;
        warningLevel = active.values().stream().map(ActiveWarning::level)
                .max(Enum::compareTo).orElse(WarningLevel.NONE);
        overdue = active.values().stream().anyMatch(warning -> warning.rule() == TimeRule.OVERDUE);
    }

    void escalate(String escalationId, EscalationLevel level) {
        Map<String, EscalationLevel> open = new LinkedHashMap<>(openEscalations);
        open.put(escalationId, level);
        setOpenEscalations(open);
    }

    void resolveEscalation(String escalationId) {
        Map<String, EscalationLevel> open = new LinkedHashMap<>(openEscalations);
        open.remove(escalationId);
        setOpenEscalations(open);
    }

    private void setOpenEscalations(Map<String, EscalationLevel> open) {
        openEscalations = open;
        escalationLevel = open.values().stream().max(Enum::compareTo).orElse(EscalationLevel.NONE);
    }

    void awaitDecision(OpenRequestView request) {
        List<OpenRequestView> requests = new ArrayList<>(openRequests);
        requests.add(request);
        openRequests = List.copyOf(requests);
        if (request.type() == OpenRequestView.RequestType.COMPLETION) {
            status = TaskStatus.COMPLETION_REQUESTED;
        }
    }

    void decided(String requestId) {
        openRequests = openRequests.stream().filter(r -> !r.requestId().equals(requestId)).toList();
    }

    /**
     * Approval ends the warnings too: a completed task has nothing left to warn about. The core lifts
     * each one by its own event as well; those then find nothing left to remove.
     */
    void completed() {
        status = TaskStatus.COMPLETED;
        percentComplete = 100;
        setActiveWarnings(Map.of());
    }

    void sentBack() {
        status = TaskStatus.IN_PROGRESS;
    }

    void closed() {
        status = TaskStatus.CLOSED;
    }
}
