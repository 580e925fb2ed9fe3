package gov.supervision.core.api.task;

/** The task was handed over (交接) from one responsible person to another (the previous may be null: none named). */
public record ResponsiblePersonChangedEvent(
        String taskId,
        String previousResponsiblePerson,
        String responsiblePerson,
        String reason) {
}
