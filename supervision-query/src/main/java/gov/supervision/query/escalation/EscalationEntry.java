package gov.supervision.query.escalation;

import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.query.api.escalation.EscalationView;
import gov.supervision.query.common.InsertedOnce;
import gov.supervision.query.common.RuleParametersColumn;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Map;

/** One escalation, from being raised until its coordination decision; the task's facts copied in. */
@Entity
@Table(name = "escalation")
class EscalationEntry extends InsertedOnce<String> {

    @Id
    private String escalationId;
    private String taskId;
    private String taskTitle;
    private String leaderInCharge;
    private String leadDepartment;
    @Enumerated(EnumType.STRING)
    private EscalationLevel level;
    private String reason;
    @Enumerated(EnumType.STRING)
    private TimeRule rule;
    @Convert(converter = RuleParametersColumn.class)
    private Map<String, String> ruleParameters;
    private boolean open;
    private Instant raisedAt;
    private String raisedBy;
    private Instant resolvedAt;
    private String decision;
    private String resolvedBy;

    protected EscalationEntry() {
    }

    EscalationEntry(TaskEscalatedEvent event, EscalationTask task, Instant raisedAt, String raisedBy) {
        this.escalationId = event.escalationId();
        this.taskId = event.taskId();
        this.taskTitle = task == null ? null : task.title();
        this.leaderInCharge = task == null ? null : task.leaderInCharge();
        this.leadDepartment = task == null ? null : task.leadDepartment();
        this.level = event.level();
        this.reason = event.reason();
        this.rule = event.rule();
        this.ruleParameters = event.ruleParameters() == null ? Map.of() : Map.copyOf(event.ruleParameters());
        this.open = true;
        this.raisedAt = raisedAt;
        this.raisedBy = raisedBy;
    }

    /** A resolution delivered again changes nothing: the first decision stays. */
    void resolve(Instant at, String decision, String resolvedBy) {
        if (open) {
            open = false;
            resolvedAt = at;
            this.decision = decision;
            this.resolvedBy = resolvedBy;
        }
    }

    EscalationView toView() {
        return new EscalationView(escalationId, taskId, taskTitle, leaderInCharge, leadDepartment, level, reason,
                rule, ruleParameters == null ? Map.of() : ruleParameters, open, raisedAt, raisedBy, resolvedAt,
                decision, resolvedBy);
    }

    @Override
    public String getId() {
        return escalationId;
    }
}
