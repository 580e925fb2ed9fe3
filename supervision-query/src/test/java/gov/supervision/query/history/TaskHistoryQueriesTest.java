package gov.supervision.query.history;

import gov.supervision.core.api.audit.EventChain;
import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.SupervisionMetaData;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.api.task.TaskDetails;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static gov.supervision.query.QueryFixtures.END_OF_JUNE;
import static gov.supervision.query.QueryFixtures.FIRST_EVENT_AT;
import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.HOUSING_OFFICER;
import static gov.supervision.query.QueryFixtures.SUPERVISOR;
import static gov.supervision.query.QueryFixtures.dueSoon;
import static gov.supervision.query.QueryFixtures.oldQuarterRenewal;
import static org.assertj.core.api.Assertions.assertThat;

class TaskHistoryQueriesTest {

    private static final String TASK_ID = "task-1";

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final TaskHistoryQueries history = new TaskHistoryQueries(eventStore);

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    private static final TaskDetails RENEWAL = oldQuarterRenewal();

    private void store(long sequence, Object event, MetaData metaData) {
        eventStore.publish(new GenericDomainEventMessage<>("Task", TASK_ID, sequence, event, metaData,
                UUID.randomUUID().toString(), FIRST_EVENT_AT.plusSeconds(3600 * sequence)));
    }

    private static MetaData by(Actor actor, String correlationId) {
        return MetaData.from(actor.toMetaData()).and(SupervisionMetaData.CORRELATION_ID, correlationId);
    }

    @Test
    void historyListsEveryEventInOrderWithTypeTimeActorAndPayload() {
        TaskAssignedEvent assigned = new TaskAssignedEvent(TASK_ID, null, RENEWAL, Set.of(), Set.of());
        TaskClaimedEvent claimed = new TaskClaimedEvent(TASK_ID, HOUSING, "李主任");
        ProgressReportedEvent reported = new ProgressReportedEvent(TASK_ID, "r-1", HOUSING, 30, "设计完成", null);
        store(0, assigned, by(SUPERVISOR, "corr-1"));
        store(1, claimed, by(HOUSING_OFFICER, "corr-2"));
        store(2, reported, by(HOUSING_OFFICER, "corr-3"));

        TaskHistory answer = history.handle(FindTaskHistoryQuery.all(TASK_ID));

        assertThat(answer.taskId()).isEqualTo(TASK_ID);
        assertThat(answer.total()).isEqualTo(3);
        assertThat(answer.entries()).extracting(HistoryEntry::sequence).containsExactly(0L, 1L, 2L);
        assertThat(answer.entries()).extracting(HistoryEntry::type)
                .containsExactly("TaskAssigned", "TaskClaimed", "ProgressReported");
        assertThat(answer.entries()).extracting(HistoryEntry::actor)
                .containsExactly(SUPERVISOR, HOUSING_OFFICER, HOUSING_OFFICER);
        assertThat(answer.entries()).extracting(HistoryEntry::correlationId).containsExactly("corr-1", "corr-2", "corr-3");
        assertThat(answer.entries()).extracting(HistoryEntry::payload).containsExactly(assigned, claimed, reported);
        assertThat(answer.entries().get(1).occurredAt()).isEqualTo(Instant.parse("2023-01-04T10:00:00Z"));
    }

    @Test
    void eventWithoutActorIsAttributedToTheSystem() {
        store(0, new TaskAssignedEvent(TASK_ID, null, RENEWAL, Set.of(), Set.of()), by(SUPERVISOR, "corr-1"));
        store(1, dueSoon(TASK_ID, END_OF_JUNE),
                MetaData.emptyInstance());

        HistoryEntry warning = history.handle(FindTaskHistoryQuery.all(TASK_ID)).entries().get(1);

        assertThat(warning.type()).isEqualTo("WarningIssued");
        assertThat(warning.actor()).isEqualTo(Actor.SYSTEM);
        assertThat(warning.correlationId()).isNull();
    }

    @Test
    void snapshotsStayOutOfTheHistory() {
        store(0, new TaskAssignedEvent(TASK_ID, null, RENEWAL, Set.of(), Set.of()), by(SUPERVISOR, "corr-1"));
        store(1, new TaskClaimedEvent(TASK_ID, HOUSING, "李主任"), by(HOUSING_OFFICER, "corr-2"));
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
            store(sequence, new ProgressReportedEvent(TASK_ID, "r-" + sequence, HOUSING, (int) sequence * 10,
                    "进展" + sequence, null), by(HOUSING_OFFICER, "corr-" + sequence));
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
        store(1, new TaskClaimedEvent(TASK_ID, HOUSING, "李主任"),
                by(HOUSING_OFFICER, "corr-2").and(EventChain.HASH, second).and(EventChain.PREVIOUS_HASH, first));

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
