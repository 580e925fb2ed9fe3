package gov.supervision.query.api.escalation;

import gov.supervision.core.api.task.EscalationLevel;

/**
 * Escalations, newest first; null filters mean "any". {@code leader} is the task's leader in charge;
 * {@code visibleToDepartment} as in the ledger.
 */
public record FindEscalationsQuery(
        Boolean open,
        EscalationLevel level,
        String leader,
        String visibleToDepartment,
        int page,
        int size) {
}
