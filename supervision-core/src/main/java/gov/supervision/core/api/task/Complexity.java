package gov.supervision.core.api.task;

/** 一般问题 / 复杂问题: general problems are due within a week, complex ones within a month. */
public enum Complexity {
    GENERAL,
    COMPLEX
}
