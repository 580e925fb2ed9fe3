package gov.supervision.query.api.escalation;

import gov.supervision.core.api.task.EscalationLevel;

/**
 * Escalations, newest first; null filters mean "any". {@code open} true is the same as {@code status} OPEN (a
 * withdrawn escalation is not open); {@code leader} is the task's leader in charge; {@code visibleToDepartment} as in
 * the ledger.
 */
public record FindEscalationsQuery(
        Boolean open,
        EscalationLevel level,
        String leader,
        String visibleToDepartment,
        int page,
        int size,
        EscalationStatus status) {

    /** Escalations of any status. */
    public FindEscalationsQuery(Boolean open, EscalationLevel level, String leader, String visibleToDepartment,
                                int page, int size) {
        this(open, level, leader, visibleToDepartment, page, size, null);
    }
}
