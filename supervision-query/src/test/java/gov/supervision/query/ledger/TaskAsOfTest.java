package gov.supervision.query.ledger;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.inspection.InspectionRecordedEvent;
import gov.supervision.core.api.inspection.InspectionType;
import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.CompletionSentBackEvent;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.EscalationResolvedEvent;
import gov.supervision.core.api.task.ExtensionGrantedEvent;
import gov.supervision.core.api.task.ExtensionRequestedEvent;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.ResponsiblePersonChangedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.api.task.TaskClosedEvent;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.api.task.UrgingNoticeSentEvent;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.QueryFixtures;
import gov.supervision.query.api.ledger.FindTaskAsOfQuery;
import gov.supervision.query.api.ledger.FindTaskQuery;
import gov.supervision.query.api.ledger.TaskView;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

import static gov.supervision.query.QueryFixtures.END_OF_JUNE;
import static gov.supervision.query.QueryFixtures.FIRST_EVENT_AT;
import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.STREET_OFFICE;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_WANG;
import static gov.supervision.query.QueryFixtures.dueSoon;
import static gov.supervision.query.QueryFixtures.id;
import static gov.supervision.query.QueryFixtures.lifted;
import static gov.supervision.query.QueryFixtures.oldQuarterRenewal;
import static gov.supervision.query.QueryFixtures.overdue;
import static gov.supervision.query.QueryFixtures.redUnresolved;
import static gov.supervision.query.QueryFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

@LedgerOnH2
class TaskAsOfTest {

    @Autowired
    private LedgerProjection projection;
    @Autowired
    private LedgerQueries queries;
    @Autowired
    private TestEntityManager entityManager;

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final TaskAsOf asOf = new TaskAsOf(eventStore);
    private final String taskId = id();
    private final List<Instant> times = new ArrayList<>();
    private final List<TaskView> liveViews = new ArrayList<>();
    private QueryFixtures.Feed feed;

    @BeforeEach
    void setUp() {
        feed = new QueryFixtures.Feed(entityManager, projection).storingIn(eventStore);
    }

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    private void play(Object event) {
        record(feed.play(taskId, event));
    }

    private void play(Object event, Actor actor) {
        record(feed.play(taskId, event, actor));
    }

    private void record(Instant at) {
        times.add(at);
        liveViews.add(queries.handle(new FindTaskQuery(taskId)).orElseThrow());
    }

    private TaskView at(Instant instant) {
        return asOf.handle(new FindTaskAsOfQuery(taskId, instant)).orElseThrow();
    }

    @Test
    void taskAsOfEachEventEqualsWhatTheLedgerShowedRightAfterIt() {
        record(feed.assign(taskId, oldQuarterRenewal()));
        play(new TaskClaimedEvent(taskId, HOUSING, "李主任"));
        play(new ProgressReportedEvent(taskId, "r-1", HOUSING, 30, "设计完成", "完成设计"));
        WarningIssuedEvent dueSoon = dueSoon(taskId, END_OF_JUNE);
        play(dueSoon, Actor.SYSTEM);
        play(new ExtensionRequestedEvent(taskId, "x-1", END_OF_JUNE, END_OF_JUNE.plusMonths(1), "拆迁延误"));
        play(new ExtensionGrantedEvent(taskId, "x-1", END_OF_JUNE, END_OF_JUNE.plusMonths(1), END_OF_JUNE, "同意"));
        play(lifted(dueSoon, LiftReason.EXTENSION_GRANTED));
        Instant redSince = feed.play(taskId, overdue(taskId, END_OF_JUNE.plusMonths(1)), Actor.SYSTEM);
        record(redSince);
        TaskEscalatedEvent toLeader = redUnresolved(taskId, 1, redSince, 1);
        play(toLeader, Actor.SYSTEM);
        play(new UrgingNoticeSentEvent(taskId, "u-1", "请加快进度", null));
        play(new EscalationResolvedEvent(taskId, toLeader.escalationId(), EscalationLevel.LEADER, "限期整改"));
        play(new CompletionRequestedEvent(taskId, "c-1", "改造完成", List.of()));
        play(new CompletionSentBackEvent(taskId, "c-1", "材料不全"));
        play(new CompletionRequestedEvent(taskId, "c-2", "补齐材料", List.of()));
        play(new CompletionApprovedEvent(taskId, "c-2", "同意办结"));
        play(new TaskClosedEvent(taskId, null, "归档"));

        for (int k = 0; k < times.size(); k++) {
            assertThat(at(times.get(k))).as("as of event %d", k).isEqualTo(liveViews.get(k));
            assertThat(at(times.get(k).plus(Duration.ofMinutes(59)))).as("between event %d and the next", k)
                    .isEqualTo(liveViews.get(k));
        }
        assertThat(at(times.get(3)).warningLevel()).isEqualTo(WarningLevel.YELLOW);
        assertThat(at(times.get(5)).dueDate()).isEqualTo(END_OF_JUNE.plusMonths(1));
        assertThat(at(times.get(8)).escalationLevel()).isEqualTo(EscalationLevel.LEADER);
        assertThat(at(times.get(12)).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(at(times.get(15)).status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(at(times.get(15)).version()).isEqualTo(15);
    }

    @Test
    void returnedReassignedAndHandedOverTaskAsOfEachEventEqualsWhatTheLedgerShowed() {
        record(feed.assign(taskId, oldQuarterRenewal()));
        play(QueryFixtures.returned(taskId, HOUSING, "不属本部门职责", STREET_OFFICE));
        play(QueryFixtures.reassigned(taskId, HOUSING, STREET_OFFICE, null));
        play(new TaskClaimedEvent(taskId, STREET_OFFICE, "钱主任"));
        play(new ResponsiblePersonChangedEvent(taskId, "钱主任", "孙干事", "人员调整"));

        for (int k = 0; k < times.size(); k++) {
            assertThat(at(times.get(k))).as("as of event %d", k).isEqualTo(liveViews.get(k));
        }
        assertThat(at(times.get(1)).status()).isEqualTo(TaskStatus.RETURNED);
        assertThat(at(times.get(2)).status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(at(times.get(2)).leadDepartment()).isEqualTo(STREET_OFFICE);
        assertThat(at(times.get(2)).responsiblePerson()).isNull();
        assertThat(at(times.get(4)).responsiblePerson()).isEqualTo("孙干事");
        assertThat(at(times.get(4)).reassignments()).isEqualTo(1);
    }

    @Test
    void taskDidNotExistBeforeItsFirstEvent() {
        Instant assignedAt = feed.assign(taskId, oldQuarterRenewal());

        assertThat(asOf.handle(new FindTaskAsOfQuery(taskId, assignedAt.minusMillis(1)))).isEmpty();
        assertThat(asOf.handle(new FindTaskAsOfQuery(taskId, FIRST_EVENT_AT))).isEmpty();
        assertThat(asOf.handle(new FindTaskAsOfQuery(taskId, assignedAt))).isPresent();
    }

    @Test
    void unknownTaskDidNotExistAtAnyTime() {
        assertThat(asOf.handle(new FindTaskAsOfQuery("no-such-task", Instant.parse("2030-01-01T00:00:00Z"))))
                .isEmpty();
    }

    @Test
    void subtaskWithoutCategoryTakesItsParentsAsInTheLedger() {
        String subtaskId = id();
        feed.assign(taskId, oldQuarterRenewal());
        Instant subtaskAssignedAt = feed.decomposeWithoutCategory(taskId, subtaskId,
                task("东城片区改造", null, STREET_OFFICE, VICE_MAYOR_WANG, LocalDate.of(2023, 5, 31)));

        TaskView subtask = asOf.handle(new FindTaskAsOfQuery(subtaskId, subtaskAssignedAt)).orElseThrow();

        assertThat(subtask.category()).isEqualTo(TaskCategory.MAJOR_PRIORITY);
        assertThat(subtask).isEqualTo(queries.handle(new FindTaskQuery(subtaskId)).orElseThrow());
        assertThat(at(subtaskAssignedAt).subtaskIds()).containsExactly(subtaskId);
    }

    @Test
    void rolledUpPercentAsOfEachEventInTheTreeEqualsWhatTheLedgerShowedRightAfterIt() {
        String east = id();
        String west = id();
        String eastGas = id();
        List<Instant> treeTimes = new ArrayList<>();
        List<TaskView> parentViews = new ArrayList<>();
        List<TaskView> eastViews = new ArrayList<>();
        Runnable seen = () -> {
            parentViews.add(queries.handle(new FindTaskQuery(taskId)).orElseThrow());
            eastViews.add(queries.handle(new FindTaskQuery(east)).orElse(null));
        };
        treeTimes.add(feed.assign(taskId, oldQuarterRenewal()));
        seen.run();
        treeTimes.add(feed.decompose(taskId, east, task("东片区改造", null, STREET_OFFICE, VICE_MAYOR_WANG,
                LocalDate.of(2023, 5, 31)), 2));
        seen.run();
        treeTimes.add(feed.decompose(taskId, west, task("西片区改造", null, STREET_OFFICE, VICE_MAYOR_WANG,
                LocalDate.of(2023, 5, 31))));
        seen.run();
        treeTimes.add(feed.play(west, new ProgressReportedEvent(west, "r-1", STREET_OFFICE, 30, "开工", null)));
        seen.run();
        treeTimes.add(feed.decompose(east, eastGas, task("东片区燃气", null, STREET_OFFICE, VICE_MAYOR_WANG,
                LocalDate.of(2023, 4, 30))));
        seen.run();
        treeTimes.add(feed.play(eastGas, new ProgressReportedEvent(eastGas, "r-2", STREET_OFFICE, 45, "过半", null)));
        seen.run();
        treeTimes.add(feed.play(east, new ProgressReportedEvent(east, "r-3", STREET_OFFICE, 90, "自报", null)));
        seen.run();
        treeTimes.add(feed.play(eastGas, new CompletionRequestedEvent(eastGas, "c-1", "完成", List.of())));
        seen.run();
        treeTimes.add(feed.play(eastGas, new CompletionApprovedEvent(eastGas, "c-1", "同意")));
        seen.run();

        for (int k = 0; k < treeTimes.size(); k++) {
            assertThat(at(treeTimes.get(k))).as("parent as of event %d", k).isEqualTo(parentViews.get(k));
            Instant instant = treeTimes.get(k);
            assertThat(asOf.handle(new FindTaskAsOfQuery(east, instant)).orElse(null)).as("middle task as of event %d", k)
                    .isEqualTo(eastViews.get(k));
        }
        assertThat(at(treeTimes.get(5)).subtaskPercent()).isEqualTo(40);
        assertThat(at(treeTimes.get(8)).subtaskPercent()).isEqualTo(77);
        assertThat(at(treeTimes.get(8)).percentComplete()).isZero();
    }

    @Test
    void ledgerIsHandedEveryTaskEventAndNoOtherAndTheAsOfQueryFoldsEachOneItFollows() {
        AnnotationEventHandlerAdapter ledger = new AnnotationEventHandlerAdapter(projection);
        LedgerFold fold = new LedgerFold();

        assertThat(eventsIn(TaskAssignedEvent.class.getPackageName())).hasSize(27).allSatisfy(type -> {
            assertThat(ledger.canHandleType(type)).as("the ledger is handed %s", type.getSimpleName()).isTrue();
            assertThat(type == TaskAssignedEvent.class || fold.follows(type))
                    .as("as of an instant, %s is folded", type.getSimpleName()).isTrue();
        });
        assertThat(ledger.canHandleType(InspectionRecordedEvent.class)).isFalse();
        assertThat(ledger.canHandle(GenericEventMessage.asEventMessage(new InspectionRecordedEvent("inspection-1",
                InspectionType.SPECIAL, "专项督查", null, null, List.of())))).isFalse();
    }

    private static List<Class<?>> eventsIn(String messagePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Event")));
        return scanner.findCandidateComponents(messagePackage).stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
                .collect(Collectors.toList());
    }
}
