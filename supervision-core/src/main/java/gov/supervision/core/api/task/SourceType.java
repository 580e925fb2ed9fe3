package gov.supervision.core.api.task;

/** 来源: where a task came from. */
public enum SourceType {
    MEETING_DECISION,
    LEADER_INSTRUCTION,
    HOTLINE,
    INTERNET_SUPERVISION,
    NEWS_MEDIA,
    INSPECTION,
    FIELD_VISIT
}
