package gov.supervision.core.api.task;

/** 以周保月、以月保季、以季保年: how often progress must be reported. */
public enum ReportingCadence {
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    NONE
}
