package gov.supervision.core.api.inspection;

/** 专项督查, 随机抽查, 暗访督查. */
public enum InspectionType {
    SPECIAL,
    RANDOM_SPOT_CHECK,
    UNANNOUNCED
}
