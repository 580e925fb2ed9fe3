package gov.supervision.core.api.task;

/** 预警: no light, yellow light or red light; ordered from mild to severe. */
public enum WarningLevel {
    NONE,
    YELLOW,
    RED
}
