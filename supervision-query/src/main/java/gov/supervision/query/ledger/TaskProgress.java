package gov.supervision.query.ledger;

import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.query.api.ledger.MilestoneView;
import gov.supervision.query.api.ledger.OpenRequestView;
import gov.supervision.query.api.ledger.ReportView;
import gov.supervision.query.common.TaskStatusFold;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
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
    @Embedded
    private WarningsInForce warnings;
    @Enumerated(EnumType.STRING)
    private EscalationLevel escalationLevel;
    @Convert(converter = JsonColumns.Escalations.class)
    private Map<String, EscalationLevel> openEscalations;
    @Convert(converter = JsonColumns.Milestones.class)
    private List<MilestoneView> milestones;
    @Convert(converter = JsonColumns.Report.class)
    private ReportView lastReport;
    @Convert(converter = JsonColumns.OpenRequests.class)
    private List<OpenRequestView> openRequests;

    protected TaskProgress() {
    }

    static TaskProgress assigned(TaskAssignedEvent event) {
        TaskProgress progress = new TaskProgress();
        progress.status = TaskStatusFold.after(null, event);
        progress.warnings = WarningsInForce.none();
        progress.escalationLevel = EscalationLevel.NONE;
        progress.openEscalations = Map.of();
        progress.milestones = event.details().milestones().stream()
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

    WarningsInForce warnings() {
        return warnings;
    }

    EscalationLevel escalationLevel() {
        return escalationLevel;
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

    /** Every event of the task moves its status by the read side's one loop. */
    void moved(Object event) {
        status = TaskStatusFold.after(status, event);
    }

    void report(ReportView report) {
        lastReport = report;
        percentComplete = report.percentComplete();
        if (report.milestone() != null) {
            milestones = milestones.stream()
                    .map(m -> m.name().equals(report.milestone()) && !m.reached()
                            ? new MilestoneView(m.name(), m.dueDate(), true, report.reportedAt())
                            : m)
                    .toList();
        }
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
    }

    void decided(String requestId) {
        openRequests = openRequests.stream().filter(r -> !r.requestId().equals(requestId)).toList();
    }

    /** Approval ends the warnings too. */
    void completed() {
        percentComplete = 100;
        warnings.ended();
    }
}
