package gov.supervision.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.core.api.audit.EventChain;
import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.common.SupervisionMetaData;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.Milestone;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.SourceType;
import gov.supervision.core.api.task.SubtaskAddedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.TaskSource;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Departments, leaders, people and tasks of the read side's tests, the warnings and escalations the
 * rules of time raise, a feed that plays task events into projections, and rows of the event table.
 */
public final class QueryFixtures {

    public static final String HOUSING = "市住房城乡建设局";
    public static final String DEVELOPMENT = "市发展改革委";
    public static final String TRANSPORT = "市交通运输局";
    public static final String ECOLOGY = "市生态环境局";
    public static final String STREET_OFFICE = "东城街道办事处";
    public static final String AUDIT = "市审计局";
    public static final String VICE_MAYOR_WANG = "王副市长";
    public static final String VICE_MAYOR_LI = "李副市长";

    /** The supervision office's officer, who acts by hand. */
    public static final Actor SUPERVISOR = new Actor("u-1", "陈督查", Set.of(Role.SUPERVISOR), null);
    /** Vice mayor Wang himself, who decides escalations brought to him. */
    public static final Actor LEADER_WANG = new Actor("u-2", VICE_MAYOR_WANG, Set.of(Role.LEADER), null);
    public static final Actor LEADER_LI = new Actor("u-3", VICE_MAYOR_LI, Set.of(Role.LEADER), null);

    public static final LocalDate END_OF_JUNE = LocalDate.of(2023, 6, 30);
    public static final LocalDate END_OF_MARCH = LocalDate.of(2023, 3, 31);
    public static final Instant FIRST_EVENT_AT = Instant.parse("2023-01-04T09:00:00Z");

    /** The office sits in Shanghai (UTC+8); its calendar stands in mid-January 2024, after the year of the tests. */
    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");
    public static final OfficeCalendar CALENDAR =
            new OfficeCalendar(Clock.fixed(Instant.parse("2024-01-15T02:00:00Z"), ZoneOffset.UTC), OFFICE_ZONE);

    private QueryFixtures() {
    }

    /** A major priority led by housing with development co-operating, two milestones, due end of June. */
    public static TaskDetails oldQuarterRenewal() {
        return new TaskDetails("城东老旧小区改造", "完成12个老旧小区的水电气改造 (Phase One)",
                TaskCategory.MAJOR_PRIORITY, new TaskSource(SourceType.MEETING_DECISION, "市政府常务会议〔2023〕1号"),
                VICE_MAYOR_WANG, HOUSING, List.of(DEVELOPMENT), "张科长", END_OF_JUNE, ReportingCadence.MONTHLY,
                List.of(new Milestone("完成设计", END_OF_MARCH), new Milestone("全面开工", LocalDate.of(2023, 4, 30))));
    }

    public static TaskDetails task(String title, TaskCategory category, String leadDepartment, String leader,
                                   LocalDate dueDate, String... coDepartments) {
        return new TaskDetails(title, title + "的具体要求", category, null, leader, leadDepartment,
                List.of(coDepartments), null, dueDate, ReportingCadence.NONE, List.of());
    }

    /** Yellow, three working days before the due date. */
    public static WarningIssuedEvent dueSoon(String taskId, String warningId) {
        return new WarningIssuedEvent(taskId, warningId, WarningLevel.YELLOW, "距办结时限不足3个工作日",
                TimeRule.DUE_SOON, Map.of("daysBefore", "3", "dueDate", "2023-06-30"));
    }

    /** Red: the due date has passed. */
    public static WarningIssuedEvent overdue(String taskId, String warningId) {
        return new WarningIssuedEvent(taskId, warningId, WarningLevel.RED, "已超过办结时限",
                TimeRule.OVERDUE, Map.of("dueDate", "2023-06-30"));
    }

    /** A reporting period passed without a progress report: yellow for the first, red for the second in a row. */
    public static WarningIssuedEvent reportMissed(String taskId, String warningId, WarningLevel level) {
        return new WarningIssuedEvent(taskId, warningId, level, "未按期报送进度", TimeRule.REPORT_MISSED,
                Map.of("cadence", "MONTHLY"));
    }

    /** Issued by hand by the office: no rule, no parameters. */
    public static WarningIssuedEvent byHand(String taskId, String warningId, WarningLevel level, String reason) {
        return new WarningIssuedEvent(taskId, warningId, level, reason, null, null);
    }

    /** The escalation a red warning unresolved for five working days brings about. */
    public static TaskEscalatedEvent redUnresolved(String taskId, String escalationId, EscalationLevel level) {
        return new TaskEscalatedEvent(taskId, escalationId, level, "红灯预警5个工作日未解除",
                TimeRule.RED_UNRESOLVED, Map.of("workingDays", "5"));
    }

    public static TaskEscalatedEvent escalatedByHand(String taskId, String escalationId, EscalationLevel level,
                                                     String reason) {
        return new TaskEscalatedEvent(taskId, escalationId, level, reason, null, null);
    }

    public static String id() {
        return UUID.randomUUID().toString();
    }

    /** The instant of a wall-clock time in the office, e.g. {@code officeTime("2023-03-31T23:30")}. */
    public static Instant officeTime(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(OFFICE_ZONE).toInstant();
    }

    /**
     * Plays events into projections the way Axon delivers them (timestamp one hour apart, sequence per
     * task, the acting person in the metadata), then flushes and clears so every read comes from the database.
     */
    public static final class Feed {

        private final List<AnnotationEventHandlerAdapter> handlers;
        private final TestEntityManager entityManager;
        private EventStore eventStore;
        private final Map<String, Long> sequences = new HashMap<>();
        private final Map<String, Set<String>> ancestorLeadsOfChildren = new HashMap<>();
        private final Map<String, Set<String>> ancestorDepartmentsOfChildren = new HashMap<>();
        private final List<GenericDomainEventMessage<Object>> played = new ArrayList<>();
        private Instant clock = FIRST_EVENT_AT;

        public Feed(TestEntityManager entityManager, Object... projections) {
            this.handlers = Arrays.stream(projections).map(AnnotationEventHandlerAdapter::new).toList();
            this.entityManager = entityManager;
        }

        /** Appends every event played from now on to {@code eventStore} too, as the command side would. */
        public Feed storingIn(EventStore eventStore) {
            this.eventStore = eventStore;
            return this;
        }

        public Instant assign(String taskId, TaskDetails details) {
            remember(taskId, details, Set.of(), Set.of());
            return play(taskId, new TaskAssignedEvent(taskId, null, details, Set.of(), Set.of()));
        }

        /** The parent learns of the subtask, then the subtask is assigned with its ancestors' departments. */
        public Instant decompose(String parentId, String subtaskId, TaskDetails details) {
            return decompose(parentId, subtaskId, details, null);
        }

        /** As {@link #decompose(String, String, TaskDetails)}, the subtask weighing {@code weight} in the parent's progress. */
        public Instant decompose(String parentId, String subtaskId, TaskDetails details, Integer weight) {
            play(parentId, new SubtaskAddedEvent(parentId, subtaskId, details.dueDate(), weight));
            Set<String> leads = new LinkedHashSet<>(ancestorLeadsOfChildren.get(parentId));
            Set<String> departments = new LinkedHashSet<>(ancestorDepartmentsOfChildren.get(parentId));
            remember(subtaskId, details, leads, departments);
            return play(subtaskId, new TaskAssignedEvent(subtaskId, parentId, details, leads, departments));
        }

        /** The next event of the task by the supervision office, an hour after the previous one; answers its timestamp. */
        public Instant play(String taskId, Object event) {
            return play(taskId, event, SUPERVISOR);
        }

        /** The next event of the task, done by {@code actor} ({@link Actor#SYSTEM} for the rules of time). */
        public Instant play(String taskId, Object event, Actor actor) {
            long sequence = sequences.merge(taskId, 0L, (previous, ignored) -> previous + 1);
            clock = clock.plus(Duration.ofHours(1));
            deliver(taskId, sequence, event, clock, actor, true);
            return clock;
        }

        /** The next event happens at {@code at} (later ones an hour apart again); never before one already played. */
        public Feed nextEventAt(Instant at) {
            if (!played.isEmpty() && !at.isAfter(clock)) {
                throw new IllegalArgumentException("The feed is at " + clock + " already, cannot go back to " + at);
            }
            clock = at.minus(Duration.ofHours(1));
            return this;
        }

        /** An event delivered once more, as after a processor restart. */
        public void redeliver(String taskId, long sequence, Object event) {
            deliver(taskId, sequence, event, clock, SUPERVISOR, false);
        }

        /** What Axon does before a replay: every projection's reset handler. */
        public void reset() {
            handlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
            settle();
        }

        /** A replay: every projection reset, then every event played so far delivered again, the same messages in order. */
        public void replay() {
            reset();
            played.forEach(this::handle);
        }

        private void deliver(String taskId, long sequence, Object event, Instant at, Actor actor, boolean stored) {
            GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>("Task", taskId, sequence,
                    event, MetaData.from(actor.toMetaData()), UUID.randomUUID().toString(), at);
            if (stored) {
                played.add(message);
                if (eventStore != null) {
                    eventStore.publish(message);
                }
            }
            handle(message);
        }

        private void handle(GenericDomainEventMessage<Object> message) {
            for (AnnotationEventHandlerAdapter handler : handlers) {
                try {
                    handler.handle(message);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            settle();
        }

        private void settle() {
            entityManager.flush();
            entityManager.clear();
        }

        private void remember(String taskId, TaskDetails details, Set<String> leads, Set<String> departments) {
            Set<String> childLeads = new LinkedHashSet<>(leads);
            childLeads.add(details.leadDepartment());
            Set<String> childDepartments = new LinkedHashSet<>(departments);
            childDepartments.add(details.leadDepartment());
            childDepartments.addAll(details.coDepartments());
            ancestorLeadsOfChildren.put(taskId, childLeads);
            ancestorDepartmentsOfChildren.put(taskId, childDepartments);
        }
    }

    /**
     * Writes rows straight into Axon's event table the way the hash-chaining store does: the actor and the
     * chain links in the metadata JSON, the hash computed by {@link EventChain} over the row as stored. Each
     * aggregate's events an hour apart, global indexes counting from 1.
     */
    public static final class StoredEvents {

        private static final ObjectMapper JSON = new ObjectMapper();

        private final JdbcTemplate jdbc;
        private final Map<String, Long> sequences = new HashMap<>();
        private final Map<String, String> heads = new HashMap<>();
        private long globalIndex;
        private Instant clock = FIRST_EVENT_AT;

        public StoredEvents(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        /** A task event by the supervision office; answers the hash stored with it. */
        public String task(String taskId, String type, String payloadJson) {
            return append(taskId, "gov.supervision.core.api.task." + type, payloadJson, SUPERVISOR);
        }

        /** The next event of the aggregate; answers the hash stored with it. */
        public String append(String aggregateId, String payloadType, String payloadJson, Actor actor) {
            long sequence = sequences.merge(aggregateId, 0L, (previous, ignored) -> previous + 1);
            String previousHash = heads.getOrDefault(aggregateId, EventChain.GENESIS);
            clock = clock.plus(Duration.ofHours(1));
            String timestamp = DateTimeUtils.formatInstant(clock);
            byte[] payload = payloadJson.getBytes(StandardCharsets.UTF_8);
            Map<String, String> actorData = actor.toMetaData();
            String hash = EventChain.hash(previousHash, new EventChain.CanonicalEvent(aggregateId, sequence,
                    payloadType, null, timestamp, actorData.get(Actor.ID), actorData.get(Actor.NAME),
                    actorData.get(Actor.ROLES), actorData.get(Actor.DEPARTMENT), payload));
            Map<String, String> metaData = new LinkedHashMap<>(actorData);
            metaData.put(SupervisionMetaData.CORRELATION_ID, UUID.randomUUID().toString());
            metaData.put(EventChain.HASH, hash);
            metaData.put(EventChain.PREVIOUS_HASH, previousHash);
            jdbc.update("insert into domain_event_entry (global_index, sequence_number, aggregate_identifier, "
                            + "event_identifier, payload_revision, payload_type, time_stamp, type, meta_data, payload) "
                            + "values (?, ?, ?, ?, null, ?, ?, ?, ?, ?)",
                    ++globalIndex, sequence, aggregateId, UUID.randomUUID().toString(), payloadType, timestamp,
                    aggregateId.startsWith("inspection") ? "Inspection" : "Task", json(metaData), payload);
            heads.put(aggregateId, hash);
            return hash;
        }

        /** The global index of the last row written. */
        public long position() {
            return globalIndex;
        }

        /** Metadata JSON as the Jackson serializer writes it. */
        public static byte[] json(Map<String, String> metaData) {
            try {
                return JSON.writeValueAsBytes(metaData);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
