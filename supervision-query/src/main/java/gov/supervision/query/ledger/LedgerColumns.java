package gov.supervision.query.ledger;

import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Path;

import java.time.LocalDate;

/**
 * Where a ledger query reads a task's filterable fields: the task's own line, or the department row that copies them
 * ({@link TaskDepartment#follow}) when a department's rows drive the query.
 */
record LedgerColumns(Path<Object> status, Path<Object> category, Path<Object> warningLevel, Path<Object> overdue,
                     Path<LocalDate> dueDate, Path<Object> taskId) {

    static LedgerColumns ofTask(From<?, TaskEntry> task) {
        Path<Object> progress = task.get("progress");
        Path<Object> warnings = progress.get("warnings");
        return new LedgerColumns(progress.get("status"), task.get("category"), warnings.get("warningLevel"),
                warnings.get("overdue"), task.get("dueDate"), task.get("taskId"));
    }

    static LedgerColumns ofDepartmentRow(From<?, TaskDepartment> row) {
        return new LedgerColumns(row.get("status"), row.get("category"), row.get("warningLevel"), row.get("overdue"),
                row.get("dueDate"), row.get("taskId"));
    }
}
