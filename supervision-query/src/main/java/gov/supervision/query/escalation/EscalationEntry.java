package gov.supervision.query.escalation;

import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.WithdrawalReason;
import gov.supervision.query.api.escalation.EscalationStatus;
import gov.supervision.query.api.escalation.EscalationView;
import gov.supervision.query.api.escalation.RaisedBy;
import gov.supervision.query.common.TaskOccurrence;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One escalation, from being raised until its coordination decision or its withdrawal; the leader in charge copied
 * in too.
 */
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
    @Enumerated(EnumType.STRING)
    private EscalationStatus status;
    @Enumerated(EnumType.STRING)
    private RaisedBy raisedByKind;
    private Instant withdrawnAt;
    @Enumerated(EnumType.STRING)
    private WithdrawalReason withdrawalReason;

    protected EscalationEntry() {
    }

    EscalationEntry(TaskEscalatedEvent event, EscalationTask task, Instant raisedAt, String raisedBy,
                    RaisedBy raisedByKind) {
        super(event.taskId(), task, event.reason(), event.rule(), event.ruleParameters(), raisedAt, raisedBy);
        this.escalationId = event.escalationId();
        this.leaderInCharge = task == null ? null : task.leaderInCharge();
        this.level = event.level();
        this.status = EscalationStatus.OPEN;
        this.raisedByKind = raisedByKind;
    }

    /** A resolution delivered again, or after a withdrawal, changes nothing: the first end stays. */
    void resolve(Instant at, String decision, String resolvedBy) {
        if (end()) {
            this.status = EscalationStatus.RESOLVED;
            this.resolvedAt = at;
            this.decision = decision;
            this.resolvedBy = resolvedBy;
        }
    }

    /** Withdrawn without a decision; as with a resolution, only the first end counts. */
    void withdraw(Instant at, WithdrawalReason reason) {
        if (end()) {
            this.status = EscalationStatus.WITHDRAWN;
            this.withdrawnAt = at;
            this.withdrawalReason = reason;
        }
    }

    EscalationView toView() {
        return new EscalationView(escalationId, taskId(), taskTitle(), leaderInCharge, leadDepartment(), level,
                reason(), rule(), ruleParameters(), open(), raisedAt(), raisedBy(), resolvedAt, decision, resolvedBy,
                status, raisedByKind, withdrawnAt, withdrawalReason);
    }

    @Override
    public String getId() {
        return escalationId;
    }
}
