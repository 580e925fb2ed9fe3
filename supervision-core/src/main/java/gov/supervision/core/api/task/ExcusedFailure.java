package gov.supervision.core.api.task;

/**
 * What a due-diligence exemption (尽职免责) excuses on its task, for its subject department: the task being overdue,
 * its escalations, or its warnings. An excused failure costs that department nothing in the assessment.
 */
public enum ExcusedFailure {
    OVERDUE,
    ESCALATION,
    WARNING
}
