package gov.supervision.query.warning;

import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.TimeRule;
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
    private String liftComment;

    protected WarningEntry() {
    }

    WarningEntry(WarningIssuedEvent event, WarningTask task, Instant issuedAt, String issuedBy) {
        super(event.taskId(), task, event.reason(), event.rule(), event.ruleParameters(), issuedAt, issuedBy);
        this.warningId = event.warningId();
        this.level = event.level();
    }

    /** A lift delivered again changes nothing: the first lift's time, reason and comment stay. */
    void lift(Instant at, LiftReason reason, String comment) {
        if (end()) {
            liftedAt = at;
            liftReason = reason;
            liftComment = comment;
        }
    }

    // Only a REPORT_MISSED warning of the rules of 1.1 names its period; older ones count periods since a date.
    WarningView toView() {
        String period = rule() == TimeRule.REPORT_MISSED ? ruleParameters().get("period") : null;
        return new WarningView(warningId, taskId(), taskTitle(), leadDepartment(), level, reason(), rule(),
                ruleParameters(), open(), raisedAt(), raisedBy(), liftedAt, liftReason, liftComment, period);
    }

    @Override
    public String getId() {
        return warningId;
    }
}
