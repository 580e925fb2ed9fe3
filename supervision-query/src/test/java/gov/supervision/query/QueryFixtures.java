package gov.supervision.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.supervision.core.api.audit.EventChain;
import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.common.SupervisionMetaData;
import gov.supervision.core.api.task.Complexity;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.Milestone;
import gov.supervision.core.api.task.ProblemRegisteredEvent;
import gov.supervision.core.api.task.RectificationOpenedEvent;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.SourceType;
import gov.supervision.core.api.task.SubtaskAddedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.TaskReassignedEvent;
import gov.supervision.core.api.task.TaskReturnedEvent;
import gov.supervision.core.api.task.TaskSource;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
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
 * rules of time raise, a feed that plays task events into projections, and rows of the event table. Every
 * event made here is one the command side emits, field by field.
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

    /** The tasks most tests share: see {@link Feed#assignFourTasks()}. */
    public static final String RENEWAL = "task-a";
    public static final String METRO = "task-b";
    public static final String BLACK_WATER = "task-c";
    public static final String GAS_PIPES = "task-d";

    /** The supervision office's officer, who acts by hand. */
    public static final Actor SUPERVISOR = new Actor("u-1", "陈督查", Set.of(Role.SUPERVISOR), null);
    /** Vice mayor Wang himself, who decides escalations brought to him. */
    public static final Actor LEADER_WANG = new Actor("u-2", VICE_MAYOR_WANG, Set.of(Role.LEADER), null);
    public static final Actor LEADER_LI = new Actor("u-3", VICE_MAYOR_LI, Set.of(Role.LEADER), null);
    /** Housing's section chief, who claims and reports for the department. */
    public static final Actor HOUSING_OFFICER = new Actor("u-4", "李主任", Set.of(Role.DEPARTMENT), HOUSING);

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

    /** A task assigned by the office, reporting monthly; a subtask's with a null category takes its parent's. */
    public static TaskDetails task(String title, TaskCategory category, String leadDepartment, String leader,
                                   LocalDate dueDate, String... coDepartments) {
        return new TaskDetails(title, title + "的具体要求", category, null, leader, leadDepartment,
                List.of(coDepartments), null, dueDate, ReportingCadence.MONTHLY, List.of());
    }

    /** The same details with the departments' codes in the directory beside their names. */
    public static TaskDetails withCodes(TaskDetails details, String leadDepartmentCode, String... coDepartmentCodes) {
        return new TaskDetails(details.title(), details.description(), details.category(), details.source(),
                details.leaderInCharge(), details.leadDepartment(), details.coDepartments(),
                details.responsiblePerson(), details.dueDate(), details.reportingCadence(), details.milestones(),
                details.leaderId(), leadDepartmentCode, List.of(coDepartmentCodes));
    }

    public static TaskDetails metro() {
        return task("地铁三号线建设", TaskCategory.BOTTLENECK, TRANSPORT, VICE_MAYOR_LI, END_OF_MARCH, HOUSING);
    }

    public static TaskDetails blackWater() {
        return task("黑臭水体整治", TaskCategory.RED_LINE, ECOLOGY, VICE_MAYOR_LI, LocalDate.of(2023, 9, 30));
    }

    /** Renewal's subtask: gas pipes, led by the street office, due end of May. */
    public static TaskDetails gasPipes() {
        return task("燃气管道改造", null, STREET_OFFICE, VICE_MAYOR_WANG, LocalDate.of(2023, 5, 31));
    }

    // What the command side's rules of time emit (RuleEvents there), with the rules' defaults (SupervisionRules):
    // yellow 3 days before the due date, escalation after 7 days of red. Their ids are name-based UUIDs of
    // taskId:RULE:key, so the same step always names the same warning or escalation.

    /** Yellow: the due date is near. */
    public static WarningIssuedEvent dueSoon(String taskId, LocalDate dueDate) {
        return new WarningIssuedEvent(taskId, automaticId(taskId, TimeRule.DUE_SOON, dueDate), WarningLevel.YELLOW,
                "临近办结时限（" + dueDate + "）", TimeRule.DUE_SOON,
                Map.of("yellowBefore", "P3D", "dueDate", dueDate.toString()));
    }

    /** Red: the due date has passed. */
    public static WarningIssuedEvent overdue(String taskId, LocalDate dueDate) {
        return new WarningIssuedEvent(taskId, automaticId(taskId, TimeRule.OVERDUE, dueDate), WarningLevel.RED,
                "已超过办结时限（" + dueDate + "）未办结", TimeRule.OVERDUE, Map.of("dueDate", dueDate.toString()));
    }

    /**
     * The {@code missedPeriods}-th monthly period in a row without a progress report since {@code since} (the
     * claim or the last report, the {@code reportsReceived}-th): yellow for the first, red from the second.
     */
    public static WarningIssuedEvent reportMissed(String taskId, Instant since, int missedPeriods,
                                                  int reportsReceived) {
        boolean repeated = missedPeriods > 1;
        return new WarningIssuedEvent(taskId,
                automaticId(taskId, TimeRule.REPORT_MISSED, reportsReceived + ":" + missedPeriods),
                repeated ? WarningLevel.RED : WarningLevel.YELLOW,
                (repeated ? "连续" + missedPeriods + "个报送周期" : "一个报送周期") + "（每月）未报送进度",
                TimeRule.REPORT_MISSED, Map.of("cadence", "MONTHLY", "missedPeriods", String.valueOf(missedPeriods),
                        "since", since.toString()));
    }

    /**
     * Under the rules of 1.1, one warning for each calendar period missed: the {@code missedInARow}-th weekly period
     * in a row (ISO week {@code period}, Monday {@code periodStart} to Sunday), due by its Friday; yellow for the
     * first, red from the second.
     */
    public static WarningIssuedEvent weekMissed(String taskId, String period, LocalDate periodStart,
                                                int missedInARow) {
        boolean repeated = missedInARow > 1;
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("rules", "1.1");
        parameters.put("cadence", "WEEKLY");
        parameters.put("period", period);
        parameters.put("periodStart", periodStart.toString());
        parameters.put("periodEnd", periodStart.plusDays(6).toString());
        parameters.put("dueBy", periodStart.plusDays(4).toString());
        parameters.put("missedInARow", String.valueOf(missedInARow));
        return new WarningIssuedEvent(taskId, automaticId(taskId, TimeRule.REPORT_MISSED, "1.1:0:" + period),
                repeated ? WarningLevel.RED : WarningLevel.YELLOW,
                (repeated ? "连续" + missedInARow + "个报送周期未报送进度（" : "报送周期未报送进度（") + period + "，每周）",
                TimeRule.REPORT_MISSED, parameters);
    }

    /** Not claimed within 3 working days of {@code assignedOn}, by the end of {@code claimBy}: yellow, then red. */
    public static WarningIssuedEvent notClaimed(String taskId, WarningLevel level, LocalDate assignedOn,
                                                LocalDate claimBy) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("rules", "1.1");
        parameters.put("claimWithin", "3");
        parameters.put("assignedOn", assignedOn.toString());
        parameters.put("claimBy", claimBy.toString());
        return new WarningIssuedEvent(taskId, automaticId(taskId, TimeRule.NOT_CLAIMED, level + ":" + assignedOn),
                level, "交办后3个工作日内未签收（" + claimBy + "）", TimeRule.NOT_CLAIMED, parameters);
    }

    /** The urging notice {@code urgingId} asked for a progress report by {@code respondBy} and none came: yellow. */
    public static WarningIssuedEvent urgingUnanswered(String taskId, String urgingId, LocalDate respondBy) {
        return new WarningIssuedEvent(taskId, automaticId(taskId, TimeRule.URGING_UNANSWERED, urgingId),
                WarningLevel.YELLOW, "催办通知要求" + respondBy + "前报送进展，逾期未报送", TimeRule.URGING_UNANSWERED,
                Map.of("rules", "1.1", "urgingId", urgingId, "respondBy", respondBy.toString()));
    }

    /** The lead department returned the task (退回), suggesting {@code suggested} (may be null). */
    public static TaskReturnedEvent returned(String taskId, String department, String reason, String suggested) {
        return new TaskReturnedEvent(taskId, department, reason, suggested, null);
    }

    /**
     * The office reassigned the task (改派) from {@code from} to {@code to}, with {@code coDepartments}, named by
     * name only (as before the directory); {@code responsiblePerson} may be null.
     */
    public static TaskReassignedEvent reassigned(String taskId, String from, String to, String responsiblePerson,
                                                 String... coDepartments) {
        return new TaskReassignedEvent(taskId, from, null, to, null, List.of(coDepartments), List.of(),
                responsiblePerson, "职能调整，改由" + to + "牵头", LocalDate.of(2023, 1, 9));
    }

    /** Issued by hand by the office: no rule, no parameters. */
    public static WarningIssuedEvent byHand(String taskId, String warningId, WarningLevel level, String reason) {
        return new WarningIssuedEvent(taskId, warningId, level, reason, null, Map.of());
    }

    /** The warning lifted, for {@code reason}: the lift names the warning's level and rule. */
    public static WarningLiftedEvent lifted(WarningIssuedEvent warning, LiftReason reason) {
        return new WarningLiftedEvent(warning.taskId(), warning.warningId(), warning.level(), warning.rule(), reason);
    }

    /**
     * Step {@code step} of the ladder of the task's red spell number {@code redSpell}, red since {@code redSince}:
     * to the leader in charge after 7 days, to the city government after 14.
     */
    public static TaskEscalatedEvent redUnresolved(String taskId, int redSpell, Instant redSince, int step) {
        String to = step == 1 ? "提请分管领导协调" : "提请市政府统一协调";
        return new TaskEscalatedEvent(taskId, automaticId(taskId, TimeRule.RED_UNRESOLVED, redSpell + ":" + step),
                step == 1 ? EscalationLevel.LEADER : EscalationLevel.CITY_GOVERNMENT,
                "红灯预警超过" + 7 * step + "天未解除，" + to, TimeRule.RED_UNRESOLVED,
                Map.of("escalateAfter", "PT168H", "redSince", redSince.toString(), "step", String.valueOf(step)));
    }

    /** Escalated by hand one level up from the task's open escalations: no rule, no parameters. */
    public static TaskEscalatedEvent escalatedByHand(String taskId, String escalationId, EscalationLevel level,
                                                     String reason) {
        return new TaskEscalatedEvent(taskId, escalationId, level, reason, null, Map.of());
    }

    private static String automaticId(String taskId, TimeRule rule, Object key) {
        return UUID.nameUUIDFromBytes((taskId + ":" + rule + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static String id() {
        return UUID.randomUUID().toString();
    }

    /** The instant of a wall-clock time in the office, e.g. {@code officeTime("2023-03-31T23:30")}. */
    public static Instant officeTime(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(OFFICE_ZONE).toInstant();
    }

    /** The rows of a table as stored, for what a reset must leave empty. */
    public static long rows(TestEntityManager entityManager, String table) {
        return ((Number) entityManager.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue();
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
        private final Map<String, TaskCategory> categories = new HashMap<>();
        private final List<GenericDomainEventMessage<Object>> played = new ArrayList<>();
        private Instant clock = FIRST_EVENT_AT;
        /** The events of {@link #inOneBatch} being collected, or null. */
        private List<GenericDomainEventMessage<Object>> batch;

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

        /**
         * Renewal (housing, development co-operating), metro (transport, housing co-operating), black water
         * (ecology), then gas pipes (street office) decomposed from renewal.
         */
        public Feed assignFourTasks() {
            assign(RENEWAL, oldQuarterRenewal());
            assign(METRO, metro());
            assign(BLACK_WATER, blackWater());
            decompose(RENEWAL, GAS_PIPES, gasPipes());
            return this;
        }

        /**
         * As the command side decomposes: the parent learns of the subtask, then the subtask is assigned with its
         * ancestors' departments and, when none is given, its parent's category.
         */
        public Instant decompose(String parentId, String subtaskId, TaskDetails details) {
            return decompose(parentId, subtaskId, details, null);
        }

        /** As {@link #decompose(String, String, TaskDetails)}, the subtask weighing {@code weight} in the parent's progress. */
        public Instant decompose(String parentId, String subtaskId, TaskDetails details, Integer weight) {
            TaskDetails withCategory = details.category() == null
                    ? details.withCategory(categories.get(parentId))
                    : details;
            return decomposeAsGiven(parentId, subtaskId, withCategory, weight);
        }

        /**
         * A subtask assigned without a category, which the command side never emits (it fills in the parent's):
         * for the read side's own fallback to the parent's category.
         */
        public Instant decomposeWithoutCategory(String parentId, String subtaskId, TaskDetails details) {
            return decomposeAsGiven(parentId, subtaskId, details.withCategory(null), null);
        }

        private Instant decomposeAsGiven(String parentId, String subtaskId, TaskDetails details, Integer weight) {
            play(parentId, new SubtaskAddedEvent(parentId, subtaskId, details.dueDate(), weight));
            Set<String> leads = new LinkedHashSet<>(ancestorLeadsOfChildren.get(parentId));
            Set<String> departments = new LinkedHashSet<>(ancestorDepartmentsOfChildren.get(parentId));
            remember(subtaskId, details, leads, departments);
            return play(subtaskId, new TaskAssignedEvent(subtaskId, parentId, details, leads, departments));
        }

        /**
         * A problem registered by a source system as the command side registers it: assigned to its department,
         * due in 7 days (general) or 30 (complex) from today in the office, then marked as a problem.
         */
        public Instant registerProblem(String taskId, String title, TaskSource source, String department,
                                       Complexity complexity) {
            LocalDate today = nextDay();
            int days = complexity == Complexity.COMPLEX ? 30 : 7;
            TaskDetails details = new TaskDetails(title, title + "（市民反映）", TaskCategory.PROBLEM, source, null,
                    department, List.of(), null, today.plusDays(days), ReportingCadence.NONE, List.of());
            assign(taskId, details);
            return play(taskId, new ProblemRegisteredEvent(taskId, source, complexity, today, days));
        }

        /**
         * The rectification task of an inspection's finding as the command side opens it: "整改：" and the
         * finding as its title, due as a problem of its complexity, then marked with the inspection.
         */
        public Instant openRectification(String taskId, String inspectionId, String finding, String department,
                                         String relatedTaskId, Complexity complexity) {
            LocalDate today = nextDay();
            int days = complexity == Complexity.COMPLEX ? 30 : 7;
            TaskDetails details = new TaskDetails("整改：" + finding, finding + "（专项督查）",
                    TaskCategory.RECTIFICATION, new TaskSource(SourceType.INSPECTION, inspectionId), null, department,
                    List.of(), null, today.plusDays(days), ReportingCadence.NONE, List.of());
            assign(taskId, details);
            return play(taskId, new RectificationOpenedEvent(taskId, inspectionId, relatedTaskId, complexity, today,
                    days));
        }

        /** The day in the office of the next event played. */
        private LocalDate nextDay() {
            return LocalDate.ofInstant(clock.plus(Duration.ofHours(1)), OFFICE_ZONE);
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

        /**
         * Every event {@code plays} plays handed over in one batch, as a tracking processor hands over what it read:
         * one unit of work over all of them, each handled in turn, one commit at the end.
         */
        public void inOneBatch(Runnable plays) {
            List<GenericDomainEventMessage<Object>> messages = new ArrayList<>();
            batch = messages;
            try {
                plays.run();
            } finally {
                batch = null;
            }
            BatchingUnitOfWork<GenericDomainEventMessage<Object>> unitOfWork = new BatchingUnitOfWork<>(messages);
            ResultMessage<?> handled = unitOfWork.executeWithResult(() -> {
                for (AnnotationEventHandlerAdapter handler : handlers) {
                    handler.handle(unitOfWork.getMessage());
                }
                return null;
            });
            if (handled.isExceptional()) {
                throw new IllegalStateException(handled.exceptionResult());
            }
            settle();
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
            if (batch != null) {
                batch.add(message);
            } else {
                handle(message);
            }
        }

        // In a unit of work of its own, as Axon hands an event over (inside a test's batch, if one is open).
        private void handle(GenericDomainEventMessage<Object> message) {
            ResultMessage<?> handled = DefaultUnitOfWork.startAndGet(message).executeWithResult(() -> {
                for (AnnotationEventHandlerAdapter handler : handlers) {
                    handler.handle(message);
                }
                return null;
            });
            if (handled.isExceptional()) {
                throw new IllegalStateException(handled.exceptionResult());
            }
            settle();
        }

        private void settle() {
            entityManager.flush();
            entityManager.clear();
        }

        private void remember(String taskId, TaskDetails details, Set<String> leads, Set<String> departments) {
            categories.put(taskId, details.category());
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
