package gov.supervision.query;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
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
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Departments, leaders, people and tasks of the read side's tests, the warnings and escalations the
 * rules of time raise, and a feed that plays task events into projections.
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

    public static final LocalDate END_OF_JUNE = LocalDate.of(2023, 6, 30);
    public static final LocalDate END_OF_MARCH = LocalDate.of(2023, 3, 31);
    public static final Instant FIRST_EVENT_AT = Instant.parse("2023-01-04T09:00:00Z");

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

    /**
     * Plays events into projections the way Axon delivers them (timestamp one hour apart, sequence per
     * task, the acting person in the metadata), then flushes and clears so every read comes from the database.
     */
    public static final class Feed {

        private final List<AnnotationEventHandlerAdapter> handlers;
        private final TestEntityManager entityManager;
        private final Map<String, Long> sequences = new HashMap<>();
        private final Map<String, Set<String>> ancestorLeadsOfChildren = new HashMap<>();
        private final Map<String, Set<String>> ancestorDepartmentsOfChildren = new HashMap<>();
        private Instant clock = FIRST_EVENT_AT;

        public Feed(TestEntityManager entityManager, Object... projections) {
            this.handlers = Arrays.stream(projections).map(AnnotationEventHandlerAdapter::new).toList();
            this.entityManager = entityManager;
        }

        public Instant assign(String taskId, TaskDetails details) {
            remember(taskId, details, Set.of(), Set.of());
            return play(taskId, new TaskAssignedEvent(taskId, null, details, Set.of(), Set.of()));
        }

        /** The parent learns of the subtask, then the subtask is assigned with its ancestors' departments. */
        public Instant decompose(String parentId, String subtaskId, TaskDetails details) {
            play(parentId, new SubtaskAddedEvent(parentId, subtaskId, details.dueDate()));
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
            deliver(taskId, sequence, event, clock, actor);
            return clock;
        }

        /** An event delivered once more, as after a processor restart. */
        public void redeliver(String taskId, long sequence, Object event) {
            deliver(taskId, sequence, event, clock, SUPERVISOR);
        }

        /** What Axon does before a replay: every projection's reset handler. */
        public void reset() {
            handlers.forEach(AnnotationEventHandlerAdapter::prepareReset);
            settle();
        }

        private void deliver(String taskId, long sequence, Object event, Instant at, Actor actor) {
            GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>("Task", taskId, sequence,
                    event, MetaData.from(actor.toMetaData()), UUID.randomUUID().toString(), at);
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
}
