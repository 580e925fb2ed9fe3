package gov.supervision.query.common;

import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskReassignedEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ResolvableType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A projection of things raised on tasks (warnings, escalations), each in a row of its own, beside its own copy of
 * every task with the task's audience. A row is written once, when raised: delivered again, it finds its row and
 * changes nothing; its end changes a row only once (see {@link TaskOccurrence#end()}). A reassignment moves the
 * task's copy and every row of the task to the new lead department, past rows included, so that the old department
 * no longer sees them and the new one does. A projection names its
 * processing group and its two events; Spring hands it the repositories of its own {@code T} and {@code R}.
 *
 * @param <T> the projection's copy of a task
 * @param <R> its row of one occurrence
 */
public abstract class TaskOccurrenceProjection<T extends TaskCopy, R extends TaskOccurrence> {

    private final Class<T> copies;
    private JpaRepository<T, String> tasks;
    private JpaRepository<R, String> rows;
    private JpaSpecificationExecutor<R> rowSearch;

    @SuppressWarnings("unchecked")
    protected TaskOccurrenceProjection() {
        this.copies = (Class<T>) ResolvableType.forClass(TaskOccurrenceProjection.class, getClass()).resolveGeneric(0);
    }

    @Autowired
    void useRepositories(JpaRepository<T, String> tasks, JpaRepository<R, String> rows,
                         JpaSpecificationExecutor<R> rowSearch) {
        this.tasks = tasks;
        this.rows = rows;
        this.rowSearch = rowSearch;
    }

    @EventHandler
    void on(TaskAssignedEvent event) {
        if (tasks.findById(event.taskId()).isPresent()) {
            return;
        }
        Set<String> parentAudience = event.parentTaskId() == null ? Set.of()
                : tasks.findById(event.parentTaskId()).map(TaskCopy::audience).orElse(Set.of());
        T copy = BeanUtils.instantiateClass(copies);
        copy.copy(event, parentAudience);
        tasks.save(copy);
    }

    @EventHandler
    void on(TaskReassignedEvent event) {
        tasks.findById(event.taskId()).ifPresent(copy -> {
            Set<String> parentAudience = copy.parentTaskId() == null ? Set.of()
                    : tasks.findById(copy.parentTaskId()).map(TaskCopy::audience).orElse(Set.of());
            copy.reassigned(event, parentAudience);
            tasks.save(copy);
        });
        List<R> ofTheTask = rowSearch.findAll((row, select, cb) -> cb.equal(row.get("taskId"), event.taskId()));
        ofTheTask.forEach(row -> row.reassigned(event.leadDepartment()));
        rows.saveAll(ofTheTask);
    }

    /** The row of a new occurrence on {@code taskId}, made from the task's copy (null if not known). */
    protected void raised(String rowId, String taskId, Function<T, R> row) {
        if (rows.findById(rowId).isPresent()) {
            return;
        }
        rows.save(row.apply(tasks.findById(taskId).orElse(null)));
    }

    protected void ended(String rowId, Consumer<R> end) {
        rows.findById(rowId).ifPresent(row -> {
            end.accept(row);
            rows.save(row);
        });
    }

    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
        tasks.deleteAllInBatch();
    }
}
