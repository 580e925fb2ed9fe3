package gov.supervision.query.warning;

import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.api.warning.WarningView;
import gov.supervision.query.common.TaskOccurrence;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One warning, from its issue until it is lifted. */
@Entity
@Table(name = "warning")
@AttributeOverride(name = "open", column = @Column(name = "active"))
@AttributeOverride(name = "raisedAt", column = @Column(name = "issued_at"))
@AttributeOverride(name = "raisedBy", column = @Column(name = "issued_by"))
class WarningEntry extends TaskOccurrence {

    @Id
    private String warningId;
    @Enumerated(EnumType.STRING)
    private WarningLevel level;
    private Instant liftedAt;
    @Enumerated(EnumType.STRING)
    private LiftReason liftReason;

    protected WarningEntry() {
    }

    WarningEntry(WarningIssuedEvent event, WarningTask task, Instant issuedAt, String issuedBy) {
        super(event.taskId(), task, event.reason(), event.rule(), event.ruleParameters(), issuedAt, issuedBy);
        this.warningId = event.warningId();
        this.level = event.level();
    }

    /** A lift delivered again changes nothing: the first lift's time and reason stay. */
    void lift(Instant at, LiftReason reason) {
        if (end()) {
            liftedAt = at;
            liftReason = reason;
        }
    }

    WarningView toView() {
        return new WarningView(warningId, taskId(), taskTitle(), leadDepartment(), level, reason(), rule(),
                ruleParameters(), open(), raisedAt(), raisedBy(), liftedAt, liftReason);
    }

    @Override
    public String getId() {
        return warningId;
    }
}
