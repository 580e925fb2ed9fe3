package gov.supervision.query.api.ledger;

import java.util.List;

/** A page of the ledger, as {@code GET /tasks} answers it. */
public record TaskPage(List<TaskView> items, int page, int size, long total) {
}
