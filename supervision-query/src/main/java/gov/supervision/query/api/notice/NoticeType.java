package gov.supervision.query.api.notice;

/** What a notice asks its recipients to act on; each is raised by one kind of event of the task. */
public enum NoticeType {
    /** 交办: a task assigned to its lead and co-operating departments. */
    TASK_ASSIGNED,
    /** 改派: a task now led by another department. */
    TASK_REASSIGNED,
    /** 12345 热线: a problem from the hotline, due in 7 or 30 days. */
    PROBLEM_REGISTERED,
    /** 整改: a finding of an inspection to rectify. */
    RECTIFICATION_OPENED,
    /** 预警: a yellow or red warning. */
    WARNING_ISSUED,
    /** 督办单: an urging notice. */
    URGING_SENT,
    /** 提请协调: an escalation to the leader in charge or the city government. */
    TASK_ESCALATED,
    EXTENSION_GRANTED,
    EXTENSION_DENIED,
    COMPLETION_APPROVED,
    COMPLETION_SENT_BACK
}
