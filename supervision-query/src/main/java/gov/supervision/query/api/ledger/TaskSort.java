package gov.supervision.query.api.ledger;

import java.util.List;

/** The fields the ledger can be sorted by, as clients name them. */
public final class TaskSort {

    public static final List<String> FIELDS = List.of(
            "dueDate", "assignedAt", "updatedAt", "title", "status", "percentComplete", "warningLevel",
            "leadDepartment", "category");

    public static final String DEFAULT = "dueDate,asc";

    private TaskSort() {
    }
}
