package gov.supervision.query.ledger;

import gov.supervision.core.api.task.SubtaskAddedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ledger's lines as the batch of events being handled sees them.
 * <ul>
 *   <li>The lines the batch's events are about are read in one query when the batch starts, not one query per
 *   event: on a rebuild, where most of a task's events come in one batch, that was a lookup per event, a tenth of
 *   the CPU (and one more for each new task, to find it was not there yet).</li>
 *   <li>The lines assigned in the batch are stored with their department rows when it commits, so that each is
 *   inserted once, as the batch leaves it. Hibernate would otherwise insert a line as it was assigned and update it
 *   again at the flush for the later events of the batch: one more statement per task and per department row, and as
 *   many dead row versions on PostgreSQL.</li>
 * </ul>
 * Outside a unit of work (the projection called directly) a line is read and stored at once.
 */
final class NewLines {

    private static final String RESOURCE = NewLines.class.getName();
    /** Keys per query when the batch's lines are read: well below every database's limit on parameters. */
    private static final int KEYS_PER_QUERY = 500;

    private final TaskEntryRepository tasks;
    private final TaskDepartmentRepository departments;

    NewLines(TaskEntryRepository tasks, TaskDepartmentRepository departments) {
        this.tasks = tasks;
        this.departments = departments;
    }

    /** The task's line: assigned in this batch, or stored. */
    Optional<TaskEntry> find(String taskId) {
        Batch batch = batch();
        return batch == null ? tasks.findById(taskId) : batch.find(taskId);
    }

    void add(TaskEntry line) {
        Batch batch = batch();
        if (batch == null) {
            store(List.of(line));
        } else {
            batch.assigned(line);
        }
    }

    /** A line changed: a stored one is saved now, a new one waits for its batch. */
    void changed(TaskEntry line) {
        if (!line.isNew()) {
            tasks.save(line);
        }
    }

    private Batch batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(RESOURCE, key -> {
            Batch batch = new Batch();
            batch.read(keysOf(root));
            root.onPrepareCommit(committing -> store(batch.assigned.values()));
            return batch;
        });
    }

    /** The tasks the batch's events are about: their own, the parent a subtask is assigned under, a subtask added. */
    private static Set<String> keysOf(UnitOfWork<?> root) {
        List<? extends Message<?>> messages = root instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages() : List.of(root.getMessage());
        Set<String> keys = new LinkedHashSet<>();
        for (Message<?> message : messages) {
            if (message instanceof DomainEventMessage<?> event) {
                keys.add(event.getAggregateIdentifier());
                Class<?> type = event.getPayloadType();
                if (type == TaskAssignedEvent.class && event.getPayload() instanceof TaskAssignedEvent assigned
                        && assigned.parentTaskId() != null) {
                    keys.add(assigned.parentTaskId());
                } else if (type == SubtaskAddedEvent.class && event.getPayload() instanceof SubtaskAddedEvent added) {
                    keys.add(added.subtaskId());
                }
            }
        }
        return keys;
    }

    private void store(Collection<TaskEntry> lines) {
        tasks.saveAll(lines);
        departments.saveAll(lines.stream().flatMap(line -> line.departmentRows().stream()).toList());
    }

    /** One batch's lines: read when it started (or later, one by one, for a key it did not name) and assigned in it. */
    private final class Batch {

        private final Map<String, Optional<TaskEntry>> read = new HashMap<>();
        private final Map<String, TaskEntry> assigned = new LinkedHashMap<>();

        void read(Set<String> keys) {
            List<String> all = new ArrayList<>(keys);
            for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
                chunk.forEach(key -> read.put(key, Optional.empty()));
                tasks.findWithDepartmentRows(chunk).forEach(line -> read.put(line.taskId(), Optional.of(line)));
            }
        }

        Optional<TaskEntry> find(String taskId) {
            TaskEntry line = assigned.get(taskId);
            if (line != null) {
                return Optional.of(line);
            }
            return read.computeIfAbsent(taskId, tasks::findById);
        }

        void assigned(TaskEntry line) {
            assigned.put(line.taskId(), line);
        }
    }
}
