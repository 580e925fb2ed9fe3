package gov.supervision.core.api.task;

/** 提请协调: first the leader in charge, then the city government; ordered by height. */
public enum EscalationLevel {
    NONE,
    LEADER,
    CITY_GOVERNMENT
}
