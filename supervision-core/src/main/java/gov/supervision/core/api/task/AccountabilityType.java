package gov.supervision.core.api.task;

/** 激励约束: the records of admonishment, accountability and commendation. */
public enum AccountabilityType {
    ADMONISHMENT_TALK,
    ACCOUNTABILITY,
    PUBLIC_COMMENDATION,
    RECOMMENDED_FOR_PROMOTION,
    DUE_DILIGENCE_EXEMPTION
}
