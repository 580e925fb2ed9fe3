package gov.supervision.query.ledger;

import gov.supervision.query.api.ledger.FindTaskQuery;
import gov.supervision.query.api.ledger.FindTasksQuery;
import gov.supervision.query.api.ledger.TaskAccessQuery;
import gov.supervision.query.api.ledger.TaskPage;
import gov.supervision.query.api.ledger.TaskView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Answers from the ledger that {@link LedgerProjection} keeps. */
@Component
class LedgerQueries {

    private final TaskEntryRepository tasks;
    private final TaskDepartmentRepository departments;
    private final LedgerSearch search;

    LedgerQueries(TaskEntryRepository tasks, TaskDepartmentRepository departments, LedgerSearch search) {
        this.tasks = tasks;
        this.departments = departments;
        this.search = search;
    }

    @QueryHandler
    Optional<TaskView> handle(FindTaskQuery query) {
        return tasks.findById(query.taskId()).map(TaskEntry::toView);
    }

    @QueryHandler
    TaskPage handle(FindTasksQuery query) {
        return search.find(query);
    }

    @QueryHandler
    Boolean handle(TaskAccessQuery query) {
        return query.taskId() != null && query.department() != null
                && departments.existsByTaskIdAndDepartment(query.taskId(), query.department());
    }
}
