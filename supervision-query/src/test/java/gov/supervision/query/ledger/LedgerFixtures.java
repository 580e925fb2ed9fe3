package gov.supervision.query.ledger;

import gov.supervision.core.api.task.Milestone;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.SourceType;
import gov.supervision.core.api.task.SubtaskAddedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.TaskSource;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Departments, leaders and tasks of the ledger tests, and a feed that plays task events into the ledger. */
final class LedgerFixtures {

    static final String HOUSING = "市住房城乡建设局";
    static final String DEVELOPMENT = "市发展改革委";
    static final String TRANSPORT = "市交通运输局";
    static final String ECOLOGY = "市生态环境局";
    static final String STREET_OFFICE = "东城街道办事处";
    static final String VICE_MAYOR_WANG = "王副市长";
    static final String VICE_MAYOR_LI = "李副市长";

    static final LocalDate END_OF_JUNE = LocalDate.of(2023, 6, 30);
    static final LocalDate END_OF_MARCH = LocalDate.of(2023, 3, 31);
    static final Instant FIRST_EVENT_AT = Instant.parse("2023-01-04T09:00:00Z");

    private LedgerFixtures() {
    }

    /** A major priority led by housing with development co-operating, two milestones, due end of June. */
    static TaskDetails oldQuarterRenewal() {
        return new TaskDetails("城东老旧小区改造", "完成12个老旧小区的水电气改造 (Phase One)",
                TaskCategory.MAJOR_PRIORITY, new TaskSource(SourceType.MEETING_DECISION, "市政府常务会议〔2023〕1号"),
                VICE_MAYOR_WANG, HOUSING, List.of(DEVELOPMENT), "张科长", END_OF_JUNE, ReportingCadence.MONTHLY,
                List.of(new Milestone("完成设计", END_OF_MARCH), new Milestone("全面开工", LocalDate.of(2023, 4, 30))));
    }

    static TaskDetails task(String title, TaskCategory category, String leadDepartment, String leader,
                            LocalDate dueDate, String... coDepartments) {
        return new TaskDetails(title, title + "的具体要求", category, null, leader, leadDepartment,
                List.of(coDepartments), null, dueDate, ReportingCadence.NONE, List.of());
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    /**
     * Plays events into the projection the way Axon delivers them (timestamp one hour apart, sequence
     * per task), then flushes and clears so every read comes from the database.
     */
    static final class Feed {

        private final LedgerProjection projection;
        private final AnnotationEventHandlerAdapter handler;
        private final TestEntityManager entityManager;
        private final Map<String, Long> sequences = new HashMap<>();
        private final Map<String, Set<String>> ancestorLeadsOfChildren = new HashMap<>();
        private final Map<String, Set<String>> ancestorDepartmentsOfChildren = new HashMap<>();
        private Instant clock = FIRST_EVENT_AT;

        Feed(LedgerProjection projection, TestEntityManager entityManager) {
            this.projection = projection;
            this.handler = new AnnotationEventHandlerAdapter(projection);
            this.entityManager = entityManager;
        }

        Instant assign(String taskId, TaskDetails details) {
            remember(taskId, details, Set.of(), Set.of());
            return play(taskId, new TaskAssignedEvent(taskId, null, details, Set.of(), Set.of()));
        }

        /** The parent learns of the subtask, then the subtask is assigned with its ancestors' departments. */
        Instant decompose(String parentId, String subtaskId, TaskDetails details) {
            play(parentId, new SubtaskAddedEvent(parentId, subtaskId, details.dueDate()));
            Set<String> leads = new LinkedHashSet<>(ancestorLeadsOfChildren.get(parentId));
            Set<String> departments = new LinkedHashSet<>(ancestorDepartmentsOfChildren.get(parentId));
            remember(subtaskId, details, leads, departments);
            return play(subtaskId, new TaskAssignedEvent(subtaskId, parentId, details, leads, departments));
        }

        /** The next event of the task, an hour after the previous one; answers its timestamp. */
        Instant play(String taskId, Object event) {
            long sequence = sequences.merge(taskId, 0L, (previous, ignored) -> previous + 1);
            clock = clock.plus(Duration.ofHours(1));
            deliver(taskId, sequence, event, clock);
            return clock;
        }

        /** An event delivered once more, as after a processor restart. */
        void redeliver(String taskId, long sequence, Object event) {
            deliver(taskId, sequence, event, clock);
        }

        void reset() {
            projection.reset();
            settle();
        }

        private void deliver(String taskId, long sequence, Object event, Instant at) {
            try {
                handler.handle(new GenericDomainEventMessage<>("Task", taskId, sequence, event, MetaData.emptyInstance(),
                        UUID.randomUUID().toString(), at));
            } catch (Exception e) {
                throw new IllegalStateException(e);
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
