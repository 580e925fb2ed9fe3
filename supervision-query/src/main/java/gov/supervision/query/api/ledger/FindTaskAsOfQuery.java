package gov.supervision.query.api.ledger;

import java.time.Instant;

/**
 * The task as it stood at {@code asOf}, rebuilt from its events up to and including that instant with the
 * ledger's own rules; answered as {@code Optional<TaskView>} (empty when the task did not exist yet).
 */
public record FindTaskAsOfQuery(String taskId, Instant asOf) {
}
