package gov.supervision.query.warning;

import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.api.warning.WarningView;
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

/** One warning, from its issue until it is lifted; the task's title and lead department copied in. */
@Entity
@Table(name = "warning")
class WarningEntry extends InsertedOnce<String> {

    @Id
    private String warningId;
    private String taskId;
    private String taskTitle;
    private String leadDepartment;
    @Enumerated(EnumType.STRING)
    private WarningLevel level;
    private String reason;
    @Enumerated(EnumType.STRING)
    private TimeRule rule;
    @Convert(converter = RuleParametersColumn.class)
    private Map<String, String> ruleParameters;
    private boolean active;
    private Instant issuedAt;
    private String issuedBy;
    private Instant liftedAt;
    @Enumerated(EnumType.STRING)
    private LiftReason liftReason;

    protected WarningEntry() {
    }

    WarningEntry(WarningIssuedEvent event, WarningTask task, Instant issuedAt, String issuedBy) {
        this.warningId = event.warningId();
        this.taskId = event.taskId();
        this.taskTitle = task == null ? null : task.title();
        this.leadDepartment = task == null ? null : task.leadDepartment();
        this.level = event.level();
        this.reason = event.reason();
        this.rule = event.rule();
        this.ruleParameters = event.ruleParameters() == null ? Map.of() : Map.copyOf(event.ruleParameters());
        this.active = true;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    /** A lift delivered again changes nothing: the first lift's time and reason stay. */
    void lift(Instant at, LiftReason reason) {
        if (active) {
            active = false;
            liftedAt = at;
            liftReason = reason;
        }
    }

    WarningView toView() {
        return new WarningView(warningId, taskId, taskTitle, leadDepartment, level, reason, rule,
                ruleParameters == null ? Map.of() : ruleParameters, active, issuedAt, issuedBy, liftedAt,
                liftReason);
    }

    @Override
    public String getId() {
        return warningId;
    }
}
