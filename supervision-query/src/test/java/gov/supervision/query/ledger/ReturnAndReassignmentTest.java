package gov.supervision.query.ledger;

import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.EscalationWithdrawnEvent;
import gov.supervision.core.api.task.ResponsiblePersonChangedEvent;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.api.task.TaskReassignedEvent;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.api.task.WithdrawalReason;
import gov.supervision.query.QueryFixtures;
import gov.supervision.query.api.ledger.FindTaskQuery;
import gov.supervision.query.api.ledger.FindTasksQuery;
import gov.supervision.query.api.ledger.ReturnView;
import gov.supervision.query.api.ledger.TaskAccessQuery;
import gov.supervision.query.api.ledger.TaskFilter;
import gov.supervision.query.api.ledger.TaskView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static gov.supervision.query.QueryFixtures.AUDIT;
import static gov.supervision.query.QueryFixtures.BLACK_WATER;
import static gov.supervision.query.QueryFixtures.DEVELOPMENT;
import static gov.supervision.query.QueryFixtures.ECOLOGY;
import static gov.supervision.query.QueryFixtures.GAS_PIPES;
import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.METRO;
import static gov.supervision.query.QueryFixtures.RENEWAL;
import static gov.supervision.query.QueryFixtures.STREET_OFFICE;
import static gov.supervision.query.QueryFixtures.TRANSPORT;
import static gov.supervision.query.QueryFixtures.escalatedByHand;
import static gov.supervision.query.QueryFixtures.reassigned;
import static gov.supervision.query.QueryFixtures.returned;
import static gov.supervision.query.QueryFixtures.task;
import static gov.supervision.query.QueryFixtures.withCodes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four tasks, then: black water returned by ecology (not its work, it says; the water authority should lead)
 * and reassigned by the office to audit with development co-operating; gas pipes (street office, a subtask of
 * renewal) returned and reassigned to transport, still seen by renewal's housing and development.
 */
@LedgerOnH2
class ReturnAndReassignmentTest {

    private static final String WATER_AUTHORITY = "市水务局";

    @Autowired
    private LedgerProjection projection;
    @Autowired
    private LedgerQueries queries;
    @Autowired
    private TestEntityManager entityManager;

    private QueryFixtures.Feed feed;
    private Instant returnedAt;

    @BeforeEach
    void fourTasks() {
        feed = new QueryFixtures.Feed(entityManager, projection).assignFourTasks();
        returnedAt = feed.play(BLACK_WATER, returned(BLACK_WATER, ECOLOGY, "属水务部门职责", WATER_AUTHORITY));
    }

    private TaskView view(String taskId) {
        return queries.handle(new FindTaskQuery(taskId)).orElseThrow();
    }

    private List<String> ledgerOf(String department) {
        return queries.handle(new FindTasksQuery(new TaskFilter(null, null, department, null, null, null, null, null,
                null, null, null), 0, 50, null)).items().stream().map(TaskView::taskId).toList();
    }

    private List<String> seenBy(String department) {
        return queries.handle(new FindTasksQuery(new TaskFilter(null, null, null, null, null, null, null, null,
                null, null, department), 0, 50, null)).items().stream().map(TaskView::taskId).toList();
    }

    private boolean mayRead(String taskId, String department) {
        return queries.handle(new TaskAccessQuery(taskId, department));
    }

    @Test
    void returnedTaskIsReturnedWithTheCountAndTheReturnShown() {
        TaskView view = view(BLACK_WATER);

        assertThat(view.status()).isEqualTo(TaskStatus.RETURNED);
        assertThat(view.returns()).isEqualTo(1);
        assertThat(view.reassignments()).isZero();
        assertThat(view.lastReturn()).isEqualTo(
                new ReturnView(ECOLOGY, "属水务部门职责", WATER_AUTHORITY, null, returnedAt));
        assertThat(view.leadDepartment()).as("still ecology's until the office decides").isEqualTo(ECOLOGY);
        assertThat(ledgerOf(ECOLOGY)).containsExactly(BLACK_WATER);
    }

    @Test
    void reassignedTaskIsAssignedAgainToTheNewDepartmentsAndPersonWithTheReturnKept() {
        feed.play(BLACK_WATER, reassigned(BLACK_WATER, ECOLOGY, AUDIT, "周审计", DEVELOPMENT));

        TaskView view = view(BLACK_WATER);
        assertThat(view.status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(view.leadDepartment()).isEqualTo(AUDIT);
        assertThat(view.coDepartments()).containsExactly(DEVELOPMENT);
        assertThat(view.responsiblePerson()).isEqualTo("周审计");
        assertThat(view.returns()).isEqualTo(1);
        assertThat(view.reassignments()).isEqualTo(1);
        assertThat(view.lastReturn().department()).isEqualTo(ECOLOGY);
        assertThat(view.version()).isEqualTo(2);
    }

    @Test
    void reassignedTaskLeavesTheOldDepartmentsScopeAndEntersTheNewOnes() {
        feed.play(BLACK_WATER, reassigned(BLACK_WATER, ECOLOGY, AUDIT, null, DEVELOPMENT));

        assertThat(ledgerOf(ECOLOGY)).isEmpty();
        assertThat(seenBy(ECOLOGY)).isEmpty();
        assertThat(mayRead(BLACK_WATER, ECOLOGY)).isFalse();
        assertThat(ledgerOf(AUDIT)).containsExactly(BLACK_WATER);
        assertThat(seenBy(AUDIT)).containsExactly(BLACK_WATER);
        assertThat(mayRead(BLACK_WATER, AUDIT)).isTrue();
        assertThat(ledgerOf(DEVELOPMENT)).containsExactlyInAnyOrder(RENEWAL, BLACK_WATER);
        assertThat(mayRead(BLACK_WATER, DEVELOPMENT)).isTrue();
    }

    @Test
    void reassignedSubtaskIsStillSeenThroughTheTaskAboveIt() {
        feed.play(GAS_PIPES, returned(GAS_PIPES, STREET_OFFICE, "燃气管网不属街道职责", null));
        feed.play(GAS_PIPES, reassigned(GAS_PIPES, STREET_OFFICE, TRANSPORT, null, HOUSING));

        assertThat(seenBy(STREET_OFFICE)).isEmpty();
        assertThat(ledgerOf(TRANSPORT)).containsExactlyInAnyOrder(METRO, GAS_PIPES);
        assertThat(ledgerOf(HOUSING)).as("now co-operating on it").containsExactlyInAnyOrder(RENEWAL, METRO, GAS_PIPES);
        assertThat(seenBy(DEVELOPMENT)).as("through renewal").containsExactlyInAnyOrder(RENEWAL, GAS_PIPES);
        assertThat(ledgerOf(DEVELOPMENT)).as("not its own").containsExactly(RENEWAL);
        assertThat(view(GAS_PIPES).lastReturn().suggestedDepartment()).isNull();
    }

    @Test
    void leadDepartmentThatAlsoSeesTheSubtaskFromAboveKeepsSeeingItOnceReassignedAway() {
        feed.decompose(RENEWAL, "task-own", task("小区管线普查", null, HOUSING, null, LocalDate.of(2023, 3, 31)));
        assertThat(ledgerOf(HOUSING)).contains("task-own");

        feed.play("task-own", reassigned("task-own", HOUSING, TRANSPORT, null));

        assertThat(ledgerOf(HOUSING)).as("no longer its lead").doesNotContain("task-own");
        assertThat(seenBy(HOUSING)).as("still through renewal").containsOnlyOnce("task-own");
        assertThat(mayRead("task-own", HOUSING)).isTrue();
        assertThat(ledgerOf(TRANSPORT)).contains("task-own");

        feed.play("task-own", reassigned("task-own", TRANSPORT, DEVELOPMENT, null, HOUSING));

        assertThat(ledgerOf(DEVELOPMENT)).as("renewal's co-operating department now leads it").contains("task-own");
        assertThat(ledgerOf(HOUSING)).as("co-operating on it again").contains("task-own");
        assertThat(seenBy(HOUSING)).containsOnlyOnce("task-own");
        assertThat(seenBy(DEVELOPMENT)).containsOnlyOnce("task-own");
        assertThat(seenBy(TRANSPORT)).doesNotContain("task-own");
    }

    @Test
    void reassignmentWithoutAPersonClearsTheResponsiblePerson() {
        feed.assign("task-r", task("河道保洁", null, ECOLOGY, null, LocalDate.of(2023, 6, 30)));
        feed.play("task-r", new ResponsiblePersonChangedEvent("task-r", null, "刘科员", "专人负责"));
        assertThat(view("task-r").responsiblePerson()).isEqualTo("刘科员");

        feed.play("task-r", reassigned("task-r", ECOLOGY, AUDIT, null));

        assertThat(view("task-r").responsiblePerson()).isNull();
        assertThat(view("task-r").returns()).as("reassigned without a return").isZero();
        assertThat(view("task-r").lastReturn()).isNull();
    }

    @Test
    void handOverReplacesTheResponsiblePersonOnly() {
        feed.play(METRO, new TaskClaimedEvent(METRO, TRANSPORT, "赵处长"));
        feed.play(METRO, new ResponsiblePersonChangedEvent(METRO, "赵处长", "钱科长", "岗位调整"));

        TaskView view = view(METRO);
        assertThat(view.responsiblePerson()).isEqualTo("钱科长");
        assertThat(view.status()).isEqualTo(TaskStatus.CLAIMED);
        assertThat(view.leadDepartment()).isEqualTo(TRANSPORT);
        assertThat(view.reassignments()).isZero();
    }

    @Test
    void reassignmentByCodeMovesTheCodesAndTheScopeKeyedByThem() {
        feed.assign("task-k", withCodes(task("扬尘治理", null, ECOLOGY, null, LocalDate.of(2023, 6, 30), HOUSING),
                "SSTHJJ", "SZJJ"));
        feed.play("task-k", new TaskReassignedEvent("task-k", ECOLOGY, "SSTHJJ", TRANSPORT, "SJTYSJ",
                List.of(DEVELOPMENT), List.of("SFGW"), "孙科长", "改由交通部门牵头", LocalDate.of(2023, 1, 9)));

        TaskView view = view("task-k");
        assertThat(view.leadDepartmentCode()).isEqualTo("SJTYSJ");
        assertThat(view.coDepartmentCodes()).containsExactly("SFGW");
        assertThat(mayRead("task-k", "SSTHJJ")).isFalse();
        assertThat(mayRead("task-k", "SZJJ")).isFalse();
        assertThat(mayRead("task-k", "SJTYSJ")).isTrue();
        assertThat(ledgerOf("SFGW")).containsExactly("task-k");
    }

    @Test
    void reassignmentKeepingACooperatingDepartmentKeepsItsRow() {
        feed.play(METRO, reassigned(METRO, TRANSPORT, DEVELOPMENT, null, HOUSING));
        feed.redeliver(METRO, 1, reassigned(METRO, TRANSPORT, DEVELOPMENT, null, HOUSING));

        assertThat(ledgerOf(HOUSING)).containsExactlyInAnyOrder(RENEWAL, METRO);
        assertThat(ledgerOf(TRANSPORT)).isEmpty();
        assertThat(view(METRO).reassignments()).as("a redelivery counts nothing").isEqualTo(1);
    }

    @Test
    void withdrawnEscalationIsNoLongerTheTasksLevel() {
        feed.play(METRO, escalatedByHand(METRO, "e-1", EscalationLevel.LEADER, "征地受阻"));
        feed.play(METRO, new EscalationWithdrawnEvent(METRO, "e-1", EscalationLevel.LEADER,
                WithdrawalReason.REASSIGNED));

        assertThat(view(METRO).escalationLevel()).isEqualTo(EscalationLevel.NONE);
    }

    @Test
    void replayRebuildsTheMovedScope() {
        feed.play(BLACK_WATER, reassigned(BLACK_WATER, ECOLOGY, AUDIT, null));

        feed.replay();

        assertThat(mayRead(BLACK_WATER, ECOLOGY)).isFalse();
        assertThat(ledgerOf(AUDIT)).containsExactly(BLACK_WATER);
        assertThat(view(BLACK_WATER).returns()).isEqualTo(1);
        assertThat(view(BLACK_WATER).reassignments()).isEqualTo(1);
    }
}
