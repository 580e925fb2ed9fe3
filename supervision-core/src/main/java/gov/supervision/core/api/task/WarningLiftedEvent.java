package gov.supervision.core.api.task;

/** A warning stopped being active, for the reason given; its issue stays in the history. */
public record WarningLiftedEvent(
        String taskId,
        String warningId,
        WarningLevel level,
        TimeRule rule,
        LiftReason reason) {
}
