package gov.supervision.query.ledger;

import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningLevel;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The warnings in force on a task, by id, and what the ledger shows of them: the light is the most severe one
 * still active, so a red stays while a yellow is lifted; a task is overdue exactly while its OVERDUE warning is in
 * force (an extension or the approval lifts it). The map is replaced, never changed in place, so that Hibernate
 * sees every change of the JSON column.
 */
@Embeddable
class WarningsInForce {

    @Convert(converter = JsonColumns.Warnings.class)
    private Map<String, ActiveWarning> activeWarnings;
    @Enumerated(EnumType.STRING)
    private WarningLevel warningLevel;
    private boolean overdue;

    protected WarningsInForce() {
    }

    static WarningsInForce none() {
        WarningsInForce warnings = new WarningsInForce();
        warnings.set(Map.of());
        return warnings;
    }

    WarningLevel level() {
        return warningLevel;
    }

    boolean overdue() {
        return overdue;
    }

    void issued(String warningId, WarningLevel level, TimeRule rule) {
        Map<String, ActiveWarning> active = new LinkedHashMap<>(activeWarnings);
        active.put(warningId, new ActiveWarning(level, rule));
        set(active);
    }

    void lifted(String warningId) {
        Map<String, ActiveWarning> active = new LinkedHashMap<>(activeWarnings);
        active.remove(warningId);
        set(active);
    }

    /**
     * Approval ends the warnings: a completed task has nothing left to warn about. The core lifts each one by
     * its own event as well; those then find nothing left to remove.
     */
    void ended() {
        set(Map.of());
    }

    private void set(Map<String, ActiveWarning> active) {
        activeWarnings = active;
        warningLevel = active.values().stream().map(ActiveWarning::level)
                .max(Enum::compareTo).orElse(WarningLevel.NONE);
        overdue = active.values().stream().anyMatch(warning -> warning.rule() == TimeRule.OVERDUE);
    }
}
