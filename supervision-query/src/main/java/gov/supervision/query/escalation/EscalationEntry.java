package gov.supervision.query.escalation;

import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.query.api.escalation.EscalationView;
import gov.supervision.query.common.TaskOccurrence;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One escalation, from being raised until its coordination decision; the leader in charge copied in too. */
@Entity
@Table(name = "escalation")
class EscalationEntry extends TaskOccurrence {

    @Id
    private String escalationId;
    private String leaderInCharge;
    @Enumerated(EnumType.STRING)
    private EscalationLevel level;
    private Instant resolvedAt;
    private String decision;
    private String resolvedBy;

    protected EscalationEntry() {
    }

    EscalationEntry(TaskEscalatedEvent event, EscalationTask task, Instant raisedAt, String raisedBy) {
        super(event.taskId(), task, event.reason(), event.rule(), event.ruleParameters(), raisedAt, raisedBy);
        this.escalationId = event.escalationId();
        this.leaderInCharge = task == null ? null : task.leaderInCharge();
        this.level = event.level();
    }

    /** A resolution delivered again changes nothing: the first decision stays. */
    void resolve(Instant at, String decision, String resolvedBy) {
        if (end()) {
            this.resolvedAt = at;
            this.decision = decision;
            this.resolvedBy = resolvedBy;
        }
    }

    EscalationView toView() {
        return new EscalationView(escalationId, taskId(), taskTitle(), leaderInCharge, leadDepartment(), level,
                reason(), rule(), ruleParameters(), open(), raisedAt(), raisedBy(), resolvedAt, decision, resolvedBy);
    }

    @Override
    public String getId() {
        return escalationId;
    }
}
