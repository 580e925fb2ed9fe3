package gov.supervision.core.api.task;

/** 重点类别: what kind of target a task is. */
public enum TaskCategory {
    MAJOR_PRIORITY,
    BOTTLENECK,
    WEAKNESS,
    RED_LINE,
    LEADER_INSTRUCTION,
    PROBLEM,
    RECTIFICATION
}
