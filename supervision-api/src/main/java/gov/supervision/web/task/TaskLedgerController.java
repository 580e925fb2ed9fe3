package gov.supervision.web.task;

import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.api.history.FindTaskHistoryQuery;
import gov.supervision.query.api.history.TaskHistory;
import gov.supervision.query.api.ledger.FindTaskQuery;
import gov.supervision.query.api.ledger.FindTasksQuery;
import gov.supervision.query.api.ledger.TaskAccessQuery;
import gov.supervision.query.api.ledger.TaskFilter;
import gov.supervision.query.api.ledger.TaskPage;
import gov.supervision.query.api.ledger.TaskSort;
import gov.supervision.query.api.ledger.TaskView;
import gov.supervision.web.error.InvalidRequestException;
import gov.supervision.web.error.NotFoundException;
import gov.supervision.web.error.OptionNotAvailableException;
import gov.supervision.web.query.Paging;
import gov.supervision.web.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Optional;

/** The ledger (台账) and a task's history. A department sees only its own tasks and their subtasks. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskLedgerController {

    private final QueryGateway queries;
    private final CurrentActor currentActor;

    TaskLedgerController(QueryGateway queries, CurrentActor currentActor) {
        this.queries = queries;
        this.currentActor = currentActor;
    }

    @Operation(summary = "The ledger, filtered, paged and sorted; Accept: text/csv gives the same rows as CSV")
    @GetMapping(produces = {"application/json", "text/csv"})
    TaskPage ledger(@RequestParam(required = false) TaskStatus status,
                    @RequestParam(required = false) TaskCategory category,
                    @RequestParam(required = false) String department,
                    @RequestParam(required = false) String leader,
                    @RequestParam(required = false) WarningLevel warningLevel,
                    @RequestParam(required = false) Boolean overdue,
                    @RequestParam(required = false) String parentId,
                    @RequestParam(required = false) String q,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueAfter,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "50") int size,
                    @RequestParam(defaultValue = TaskSort.DEFAULT) String sort) {
        Paging.check(page, size);
        validateSort(sort);
        TaskFilter filter = new TaskFilter(status, category, department, leader, warningLevel, overdue, parentId, q,
                dueBefore, dueAfter, currentActor.departmentScope());
        return queries.query(new FindTasksQuery(filter, page, size, sort), TaskPage.class).join();
    }

    @Operation(summary = "One task as it stands now; its ETag is its version")
    @GetMapping("/{id}")
    ResponseEntity<TaskView> task(@PathVariable String id,
                                  @RequestParam(required = false) String asOf) {
        if (asOf != null) {
            throw new OptionNotAvailableException("asOf", "Reading a task as of a past instant is not available yet.");
        }
        TaskView task = find(id);
        return ResponseEntity.ok().eTag("\"" + task.version() + "\"").body(task);
    }

    @Operation(summary = "Every event of the task in order, read from the event store")
    @GetMapping("/{id}/history")
    TaskHistory history(@PathVariable String id) {
        TaskHistory history = queries.query(new FindTaskHistoryQuery(id), TaskHistory.class).join();
        if (history.entries().isEmpty()) {
            throw new NotFoundException("TASK_NOT_FOUND", "No task " + id + ".");
        }
        return history;
    }

    private TaskView find(String id) {
        Optional<TaskView> task = queries.query(new FindTaskQuery(id), ResponseTypes.optionalInstanceOf(TaskView.class))
                .join();
        if (task.isEmpty()) {
            throw new NotFoundException("TASK_NOT_FOUND", "No task " + id + ".");
        }
        String department = currentActor.departmentScope();
        if (department != null
                && !queries.query(new TaskAccessQuery(id, department), Boolean.class).join()) {
            throw new AccessDeniedException("not a task of " + department);
        }
        return task.get();
    }

    private static void validateSort(String sort) {
        String[] parts = sort.split(",", -1);
        boolean valid = parts.length <= 2 && TaskSort.FIELDS.contains(parts[0])
                && (parts.length == 1 || parts[1].equalsIgnoreCase("asc") || parts[1].equalsIgnoreCase("desc"));
        if (!valid) {
            throw new InvalidRequestException("sort", "must be one of " + TaskSort.FIELDS + " with ,asc or ,desc");
        }
    }
}
