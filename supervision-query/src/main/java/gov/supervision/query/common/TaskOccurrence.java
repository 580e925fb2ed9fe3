package gov.supervision.query.common;

import gov.supervision.core.api.task.TimeRule;
import jakarta.persistence.Convert;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;
import java.util.Map;

/**
 * One thing raised on a task, by a rule of time or by hand, until it ends (a warning until lifted, an escalation
 * until its decision): the task's facts copied in from the projection's {@link TaskCopy} (none when the task is
 * not known, and following the task when it is reassigned), why and by which rule, when and by whom. An entity renames the columns of its table with
 * {@code @AttributeOverride}.
 */
@MappedSuperclass
public abstract class TaskOccurrence extends EventKeyedRow<String> {

    private String taskId;
    private String taskTitle;
    private String leadDepartment;
    private String reason;
    @Enumerated(EnumType.STRING)
    private TimeRule rule;
    @Convert(converter = RuleParametersColumn.class)
    private Map<String, String> ruleParameters;
    private boolean open;
    private Instant raisedAt;
    private String raisedBy;

    protected TaskOccurrence() {
    }

    protected TaskOccurrence(String taskId, TaskCopy task, String reason, TimeRule rule,
                             Map<String, String> ruleParameters, Instant raisedAt, String raisedBy) {
        this.taskId = taskId;
        this.taskTitle = task == null ? null : task.title();
        this.leadDepartment = task == null ? null : task.leadDepartment();
        this.reason = reason;
        this.rule = rule;
        this.ruleParameters = ruleParameters == null ? Map.of() : Map.copyOf(ruleParameters);
        this.open = true;
        this.raisedAt = raisedAt;
        this.raisedBy = raisedBy;
    }

    /** Ends it; false when it had ended already, so that an end delivered again changes nothing. */
    protected boolean end() {
        boolean wasOpen = open;
        open = false;
        return wasOpen;
    }

    /** The task went to another lead department: its rows are listed under the new one from now on. */
    protected void reassigned(String newLeadDepartment) {
        leadDepartment = newLeadDepartment;
    }

    public String taskId() {
        return taskId;
    }

    public String taskTitle() {
        return taskTitle;
    }

    public String leadDepartment() {
        return leadDepartment;
    }

    public String reason() {
        return reason;
    }

    public TimeRule rule() {
        return rule;
    }

    public Map<String, String> ruleParameters() {
        return ruleParameters == null ? Map.of() : ruleParameters;
    }

    public boolean open() {
        return open;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public String raisedBy() {
        return raisedBy;
    }
}
