package gov.supervision.query.api.ledger;

/** One task of the ledger, answered as {@code Optional<TaskView>}. */
public record FindTaskQuery(String taskId) {
}
