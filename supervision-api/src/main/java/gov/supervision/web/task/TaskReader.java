package gov.supervision.web.task;

import gov.supervision.core.api.common.Role;
import gov.supervision.query.api.ledger.FindTaskAsOfQuery;
import gov.supervision.query.api.ledger.FindTaskQuery;
import gov.supervision.query.api.ledger.TaskAccessQuery;
import gov.supervision.query.api.ledger.TaskView;
import gov.supervision.web.error.ForbiddenException;
import gov.supervision.web.error.NotFoundException;
import gov.supervision.web.security.CurrentActor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** Reads one task for the current caller: 404 for an unknown task, 403 for another department's. */
@Component
public class TaskReader {

    private final QueryGateway queries;
    private final CurrentActor currentActor;

    TaskReader(QueryGateway queries, CurrentActor currentActor) {
        this.queries = queries;
        this.currentActor = currentActor;
    }

    public TaskView now(String taskId) {
        TaskView task = queries.query(new FindTaskQuery(taskId), ResponseTypes.optionalInstanceOf(TaskView.class))
                .join()
                .orElseThrow(() -> unknown(taskId));
        String department = currentActor.departmentScope();
        if (department != null && !queries.query(new TaskAccessQuery(taskId, department), Boolean.class).join()) {
            throw new ForbiddenException("NOT_TASK_DEPARTMENT", "This task is not one of your department's.");
        }
        return task;
    }

    /**
     * The task as its events have it now, whoever asks, rebuilt from the event store rather than read from the ledger,
     * which may lag: for a command of the office that takes what it does not say from a task it names (a finding's
     * related task) or acts on what a task is now (a problem registered before).
     */
    public Optional<TaskView> stored(String taskId) {
        return queries.query(new FindTaskAsOfQuery(taskId, Instant.MAX),
                ResponseTypes.optionalInstanceOf(TaskView.class)).join();
    }

    /** The task as it stood at an instant, rebuilt from its events; for the office, auditors and leaders. */
    public TaskView asOf(String taskId, Instant asOf) {
        if (!currentActor.hasAnyRole(Role.SUPERVISOR, Role.AUDITOR, Role.LEADER)) {
            throw new ForbiddenException("AS_OF_NOT_ALLOWED",
                    "Only the office, auditors and leaders read a task as it stood in the past.");
        }
        return queries.query(new FindTaskAsOfQuery(taskId, asOf), ResponseTypes.optionalInstanceOf(TaskView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("TASK_NOT_FOUND", "No task " + taskId + " at " + asOf + "."));
    }

    private static NotFoundException unknown(String taskId) {
        return new NotFoundException("TASK_NOT_FOUND", "No task " + taskId + ".");
    }
}
