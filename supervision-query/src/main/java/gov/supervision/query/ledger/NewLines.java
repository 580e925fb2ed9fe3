package gov.supervision.query.ledger;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger lines assigned in the batch of events being handled, stored with their department rows when the batch
 * commits, so that each is inserted once, as the batch leaves it. Hibernate would otherwise insert a line as it was
 * assigned and update it again at the flush for the later events of the batch: on a rebuild, where a task's events
 * come together, one more statement per task and per department row, and as many dead row versions on PostgreSQL.
 * Outside a unit of work (the projection called directly) a line is stored at once.
 */
final class NewLines {

    private static final String RESOURCE = NewLines.class.getName();

    private final TaskEntryRepository tasks;
    private final TaskDepartmentRepository departments;

    NewLines(TaskEntryRepository tasks, TaskDepartmentRepository departments) {
        this.tasks = tasks;
        this.departments = departments;
    }

    /** The task's line: assigned in this batch, or stored. */
    Optional<TaskEntry> find(String taskId) {
        Map<String, TaskEntry> pending = pending();
        TaskEntry line = pending == null ? null : pending.get(taskId);
        return line != null ? Optional.of(line) : tasks.findById(taskId);
    }

    void add(TaskEntry line) {
        if (!CurrentUnitOfWork.isStarted()) {
            store(List.of(line));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.getOrComputeResource(RESOURCE, key -> {
            Map<String, TaskEntry> lines = new LinkedHashMap<>();
            batch.onPrepareCommit(committing -> store(lines.values()));
            return lines;
        }).put(line.taskId(), line);
    }

    /** A line changed: a stored one is saved now, a new one waits for its batch. */
    void changed(TaskEntry line) {
        if (!line.isNew()) {
            tasks.save(line);
        }
    }

    private static Map<String, TaskEntry> pending() {
        return CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().root().getResource(RESOURCE) : null;
    }

    private void store(Collection<TaskEntry> lines) {
        tasks.saveAll(lines);
        departments.saveAll(lines.stream().flatMap(line -> line.departmentRows().stream()).toList());
    }
}
