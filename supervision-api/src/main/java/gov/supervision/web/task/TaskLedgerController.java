package gov.supervision.web.task;

import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.api.ledger.FindTasksQuery;
import gov.supervision.query.api.ledger.TaskFilter;
import gov.supervision.query.api.ledger.TaskPage;
import gov.supervision.query.api.ledger.TaskSort;
import gov.supervision.query.api.ledger.TaskView;
import gov.supervision.web.error.InvalidRequestException;
import gov.supervision.web.query.Paging;
import gov.supervision.web.directory.DirectoryResolver;
import gov.supervision.web.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;

/** The ledger (台账) and one task in it, now or as it stood. A department sees only its own tasks and their subtasks. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskLedgerController {

    private final QueryGateway queries;
    private final CurrentActor currentActor;
    private final TaskReader tasks;
    private final DirectoryResolver directory;

    TaskLedgerController(QueryGateway queries, CurrentActor currentActor, TaskReader tasks, DirectoryResolver directory) {
        this.queries = queries;
        this.currentActor = currentActor;
        this.tasks = tasks;
        this.directory = directory;
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
                    @RequestParam(required = false) LocalDate dueBefore,
                    @RequestParam(required = false) LocalDate dueAfter,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "50") int size,
                    @RequestParam(defaultValue = TaskSort.DEFAULT) String sort) {
        Paging.check(page, size);
        validateSort(sort);
        TaskFilter filter = new TaskFilter(status, category, directory.departmentCodeOr(department),
                directory.leaderNameOr(leader), warningLevel, overdue, parentId, q,
                dueBefore, dueAfter, currentActor.departmentScope());
        return queries.query(new FindTasksQuery(filter, page, size, sort), TaskPage.class).join();
    }

    @Operation(summary = "One task as it stands now (its ETag is its version), or as it stood at asOf, rebuilt "
            + "from its events (SUPERVISOR, AUDITOR, LEADER)")
    @GetMapping("/{id}")
    ResponseEntity<TaskView> task(@PathVariable String id,
                                  @RequestParam(required = false)
                                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        TaskView task = asOf == null ? tasks.now(id) : tasks.asOf(id, asOf);
        return ResponseEntity.ok().eTag("\"" + task.version() + "\"").body(task);
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
