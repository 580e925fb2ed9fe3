package gov.supervision.web.task;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import gov.supervision.query.api.ledger.TaskPage;
import gov.supervision.query.api.ledger.TaskView;
import gov.supervision.web.csv.CsvConverter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The ledger as CSV: one row per task of the page; the total of all pages in {@code X-Total-Count}. */
@Component
class LedgerCsvConverter extends CsvConverter<TaskPage, LedgerCsvConverter.Row> {

    LedgerCsvConverter() {
        super(TaskPage.class, Row.class);
    }

    @JsonPropertyOrder({"taskId", "parentTaskId", "title", "category", "sourceType", "sourceReference",
            "leaderInCharge", "leadDepartment", "coDepartments", "responsiblePerson", "dueDate", "originalDueDate",
            "reportingCadence", "status", "percentComplete", "warningLevel", "escalationLevel", "overdue",
            "lastReportAt", "assignedAt", "closedAt", "version"})
    record Row(String taskId, String parentTaskId, String title, String category, String sourceType,
               String sourceReference, String leaderInCharge, String leadDepartment, String coDepartments,
               String responsiblePerson, LocalDate dueDate, LocalDate originalDueDate, String reportingCadence,
               String status, int percentComplete, String warningLevel, String escalationLevel, boolean overdue,
               Instant lastReportAt, Instant assignedAt, Instant closedAt, long version) {

        static Row of(TaskView task) {
            return new Row(task.taskId(), task.parentTaskId(), task.title(), name(task.category()),
                    task.source() == null ? null : name(task.source().type()),
                    task.source() == null ? null : task.source().reference(),
                    task.leaderInCharge(), task.leadDepartment(), String.join(";", task.coDepartments()),
                    task.responsiblePerson(), task.dueDate(), task.originalDueDate(), name(task.reportingCadence()),
                    name(task.status()), task.percentComplete(), name(task.warningLevel()),
                    name(task.escalationLevel()), task.overdue(),
                    task.lastReport() == null ? null : task.lastReport().reportedAt(), task.assignedAt(),
                    task.closedAt(), task.version());
        }
    }

    @Override
    protected List<Row> rows(TaskPage page) {
        return page.items().stream().map(Row::of).toList();
    }

    @Override
    protected void addHeaders(TaskPage page, HttpHeaders headers) {
        headers.set("X-Total-Count", Long.toString(page.total()));
    }
}
