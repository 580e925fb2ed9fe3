package gov.supervision.core.api.task;

/** The task was escalated one level. */
public record TaskEscalatedEvent(
        String taskId,
        String escalationId,
        EscalationLevel level,
        String reason,
        String rule) {
}
