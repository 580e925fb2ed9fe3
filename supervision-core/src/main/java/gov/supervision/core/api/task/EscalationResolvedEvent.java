package gov.supervision.core.api.task;

/** An escalation ended with a recorded coordination decision. */
public record EscalationResolvedEvent(
        String taskId,
        String escalationId,
        EscalationLevel level,
        String decision) {
}
