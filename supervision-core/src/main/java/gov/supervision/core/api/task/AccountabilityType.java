package gov.supervision.core.api.task;

import java.util.List;
import java.util.Optional;

/** 激励约束: the records of admonishment, accountability and commendation. */
public enum AccountabilityType {
    ADMONISHMENT_TALK,
    ACCOUNTABILITY,
    PUBLIC_COMMENDATION,
    RECOMMENDED_FOR_PROMOTION,
    DUE_DILIGENCE_EXEMPTION;

    /**
     * Why a record of this type cannot excuse {@code exempts}, or empty when it may: only a due-diligence exemption
     * excuses failures, and it names at least one.
     */
    public Optional<String> refusalToExcuse(List<ExcusedFailure> exempts) {
        boolean exemption = this == DUE_DILIGENCE_EXEMPTION;
        if (exemption != exempts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(exemption
                ? "A due-diligence exemption names the failures it excuses: OVERDUE, ESCALATION or WARNING."
                : "Only a DUE_DILIGENCE_EXEMPTION excuses failures.");
    }
}
