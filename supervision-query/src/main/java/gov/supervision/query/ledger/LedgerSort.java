package gov.supervision.query.ledger;

import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.api.ledger.TaskSort;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

import java.util.List;
import java.util.Locale;

/**
 * A client's sort ("dueDate,desc") for the ledger, with the task id as tie-breaker so that pages
 * never overlap. Enumerations sort in their declared order (status by the loop, warnings by
 * severity), not by name.
 */
record LedgerSort(String field, boolean ascending) {

    static LedgerSort parse(String sort) {
        String text = sort == null || sort.isBlank() ? TaskSort.DEFAULT : sort.strip();
        String[] parts = text.split(",", -1);
        String field = parts[0].strip();
        if (!TaskSort.FIELDS.contains(field)) {
            throw new IllegalArgumentException("Unknown sort field '" + field + "'; sort by one of "
                    + String.join(", ", TaskSort.FIELDS) + ", optionally followed by ,asc or ,desc");
        }
        if (parts.length > 2) {
            throw new IllegalArgumentException("Sort '" + text + "' must be a field with an optional ,asc or ,desc");
        }
        String direction = parts.length == 2 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw new IllegalArgumentException(
                    "Unknown sort direction '" + parts[1].strip() + "'; use asc or desc");
        }
        return new LedgerSort(field, direction.equals("asc"));
    }

    /** The order, read from {@code columns} where they hold the field (a department's rows, in their index order). */
    List<Order> orders(CriteriaBuilder cb, Root<TaskEntry> task, LedgerColumns columns) {
        Expression<?> key = switch (field) {
            case "status" -> rank(cb, columns.status(), TaskStatus.values());
            case "warningLevel" -> rank(cb, columns.warningLevel(), WarningLevel.values());
            case "percentComplete" -> task.get("progress").get("percentComplete");
            case "category" -> rank(cb, columns.category(), TaskCategory.values());
            case "dueDate" -> columns.dueDate();
            default -> task.get(field);
        };
        return List.of(ascending ? cb.asc(key) : cb.desc(key), cb.asc(columns.taskId()));
    }

    private static Expression<Integer> rank(CriteriaBuilder cb, Path<Object> path, Enum<?>[] values) {
        CriteriaBuilder.Case<Integer> rank = cb.selectCase();
        for (Enum<?> value : values) {
            rank = rank.when(cb.equal(path, value), value.ordinal());
        }
        return rank.otherwise(values.length);
    }
}
