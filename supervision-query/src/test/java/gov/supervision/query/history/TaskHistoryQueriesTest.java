package gov.supervision.query.history;

import gov.supervision.core.api.audit.EventChain;
import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.common.SupervisionMetaData;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.api.history.FindTaskHistoryQuery;
import gov.supervision.query.api.history.HistoryEntry;
import gov.supervision.query.api.history.TaskHistory;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TaskHistoryQueriesTest {

    private static final String TASK_ID = "task-1";
    private static final Actor SUPERVISOR = new Actor("u-1", "王督查", Set.of(Role.SUPERVISOR), null);
    private static final Actor HOUSING = new Actor("u-2", "李主任", Set.of(Role.DEPARTMENT), "市住房城乡建设局");
    private static final Instant MORNING = Instant.parse("2023-01-04T09:00:00Z");

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final TaskHistoryQueries history = new TaskHistoryQueries(eventStore);

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    private static final TaskDetails RENEWAL = new TaskDetails("城东老旧小区改造", null, TaskCategory.MAJOR_PRIORITY,
            null, "王副市长", "市住房城乡建设局", List.of(), null, LocalDate.of(2023, 6, 30), ReportingCadence.NONE,
            List.of());

    private void store(long sequence, Object event, MetaData metaData) {
        eventStore.publish(new GenericDomainEventMessage<>("Task", TASK_ID, sequence, event, metaData,
                UUID.randomUUID().toString(), MORNING.plusSeconds(3600 * sequence)));
    }

    private static MetaData by(Actor actor, String correlationId) {
        return MetaData.from(actor.toMetaData()).and(SupervisionMetaData.CORRELATION_ID, correlationId);
    }

    @Test
    void historyListsEveryEventInOrderWithTypeTimeActorAndPayload() {
        TaskAssignedEvent assigned = new TaskAssignedEvent(TASK_ID, null, RENEWAL, Set.of(), Set.of());
        TaskClaimedEvent claimed = new TaskClaimedEvent(TASK_ID, "市住房城乡建设局", "李主任");
        ProgressReportedEvent reported = new ProgressReportedEvent(TASK_ID, "r-1", "市住房城乡建设局", 30, "设计完成", null);
        store(0, assigned, by(SUPERVISOR, "corr-1"));
        store(1, claimed, by(HOUSING, "corr-2"));
        store(2, reported, by(HOUSING, "corr-3"));

        TaskHistory answer = history.handle(FindTaskHistoryQuery.all(TASK_ID));

        assertThat(answer.taskId()).isEqualTo(TASK_ID);
        assertThat(answer.total()).isEqualTo(3);
        assertThat(answer.entries()).extracting(HistoryEntry::sequence).containsExactly(0L, 1L, 2L);
        assertThat(answer.entries()).extracting(HistoryEntry::type)
                .containsExactly("TaskAssigned", "TaskClaimed", "ProgressReported");
        assertThat(answer.entries()).extracting(HistoryEntry::actor).containsExactly(SUPERVISOR, HOUSING, HOUSING);
        assertThat(answer.entries()).extracting(HistoryEntry::correlationId).containsExactly("corr-1", "corr-2", "corr-3");
        assertThat(answer.entries()).extracting(HistoryEntry::payload).containsExactly(assigned, claimed, reported);
        assertThat(answer.entries().get(1).occurredAt()).isEqualTo(Instant.parse("2023-01-04T10:00:00Z"));
    }

    @Test
    void eventWithoutActorIsAttributedToTheSystem() {
        store(0, new TaskAssignedEvent(TASK_ID, null, RENEWAL, Set.of(), Set.of()), by(SUPERVISOR, "corr-1"));
        store(1, new WarningIssuedEvent(TASK_ID, "w-1", WarningLevel.YELLOW, "临近期限", TimeRule.DUE_SOON, null),
                MetaData.emptyInstance());

        HistoryEntry warning = history.handle(FindTaskHistoryQuery.all(TASK_ID)).entries().get(1);

        assertThat(warning.type()).isEqualTo("WarningIssued");
        assertThat(warning.actor()).isEqualTo(Actor.SYSTEM);
        assertThat(warning.correlationId()).isNull();
    }

    @Test
    void snapshotsStayOutOfTheHistory() {
        store(0, new TaskAssignedEvent(TASK_ID, null, RENEWAL, Set.of(), Set.of()), by(SUPERVISOR, "corr-1"));
        store(1, new TaskClaimedEvent(TASK_ID, "市住房城乡建设局", "李主任"), by(HOUSING, "corr-2"));
        eventStore.storeSnapshot(new GenericDomainEventMessage<>("Task", TASK_ID, 1, "snapshot of the task"));

        assertThat(history.handle(FindTaskHistoryQuery.all(TASK_ID)).entries())
                .extracting(HistoryEntry::type).containsExactly("TaskAssigned", "TaskClaimed");
    }

    @Test
    void unknownTaskHasAnEmptyHistory() {
        TaskHistory answer = history.handle(FindTaskHistoryQuery.all("no-such-task"));

        assertThat(answer.taskId()).isEqualTo("no-such-task");
        assertThat(answer.entries()).isEmpty();
        assertThat(answer.total()).isZero();
    }

    @Test
    void historyIsPagedFromZeroAndCountsEveryEvent() {
        store(0, new TaskAssignedEvent(TASK_ID, null, RENEWAL, Set.of(), Set.of()), by(SUPERVISOR, "corr-0"));
        for (long sequence = 1; sequence <= 6; sequence++) {
            store(sequence, new ProgressReportedEvent(TASK_ID, "r-" + sequence, "市住房城乡建设局", (int) sequence * 10,
                    "进展" + sequence, null), by(HOUSING, "corr-" + sequence));
        }

        TaskHistory second = history.handle(new FindTaskHistoryQuery(TASK_ID, 1, 3));
        TaskHistory last = history.handle(new FindTaskHistoryQuery(TASK_ID, 2, 3));
        TaskHistory beyond = history.handle(new FindTaskHistoryQuery(TASK_ID, 3, 3));

        assertThat(second.entries()).extracting(HistoryEntry::sequence).containsExactly(3L, 4L, 5L);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(7);
        assertThat(last.entries()).extracting(HistoryEntry::sequence).containsExactly(6L);
        assertThat(last.total()).isEqualTo(7);
        assertThat(beyond.entries()).isEmpty();
        assertThat(beyond.total()).isEqualTo(7);
    }

    @Test
    void everyEntryShowsItsLinksInTheTasksHashChain() {
        String first = "a".repeat(64);
        String second = "b".repeat(64);
        store(0, new TaskAssignedEvent(TASK_ID, null, RENEWAL, Set.of(), Set.of()),
                by(SUPERVISOR, "corr-1").and(EventChain.HASH, first).and(EventChain.PREVIOUS_HASH, EventChain.GENESIS));
        store(1, new TaskClaimedEvent(TASK_ID, "市住房城乡建设局", "李主任"),
                by(HOUSING, "corr-2").and(EventChain.HASH, second).and(EventChain.PREVIOUS_HASH, first));

        List<HistoryEntry> entries = history.handle(FindTaskHistoryQuery.all(TASK_ID)).entries();

        assertThat(entries).extracting(HistoryEntry::previousHash).containsExactly(EventChain.GENESIS, first);
        assertThat(entries).extracting(HistoryEntry::hash).containsExactly(first, second);
    }

    @Test
    void eventStoredBeforeTheChainHasNoLinks() {
        store(0, new TaskAssignedEvent(TASK_ID, null, RENEWAL, Set.of(), Set.of()), by(SUPERVISOR, "corr-1"));

        HistoryEntry entry = history.handle(FindTaskHistoryQuery.all(TASK_ID)).entries().get(0);

        assertThat(entry.hash()).isNull();
        assertThat(entry.previousHash()).isNull();
    }
}
