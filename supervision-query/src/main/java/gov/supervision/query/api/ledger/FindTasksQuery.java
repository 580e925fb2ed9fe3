package gov.supervision.query.api.ledger;

/**
 * A page of the ledger. {@code sort} is a field name with an optional {@code ,asc}/{@code ,desc}
 * (e.g. {@code dueDate,desc}); fields: see {@link TaskSort}. Pages count from 0.
 */
public record FindTasksQuery(TaskFilter filter, int page, int size, String sort) {
}
