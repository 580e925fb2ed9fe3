package gov.supervision.query.escalation;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.EscalationResolvedEvent;
import gov.supervision.core.api.task.EscalationWithdrawnEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WithdrawalReason;
import gov.supervision.query.QueryFixtures;
import gov.supervision.query.api.escalation.EscalationPage;
import gov.supervision.query.api.escalation.EscalationStatus;
import gov.supervision.query.api.escalation.EscalationView;
import gov.supervision.query.api.escalation.FindEscalationsQuery;
import gov.supervision.query.api.escalation.RaisedBy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gov.supervision.query.QueryFixtures.AUDIT;
import static gov.supervision.query.QueryFixtures.TRANSPORT;
import static gov.supervision.query.QueryFixtures.reassigned;
import static gov.supervision.query.QueryFixtures.BLACK_WATER;
import static gov.supervision.query.QueryFixtures.DEVELOPMENT;
import static gov.supervision.query.QueryFixtures.ECOLOGY;
import static gov.supervision.query.QueryFixtures.END_OF_MARCH;
import static gov.supervision.query.QueryFixtures.GAS_PIPES;
import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.LEADER_WANG;
import static gov.supervision.query.QueryFixtures.METRO;
import static gov.supervision.query.QueryFixtures.STREET_OFFICE;
import static gov.supervision.query.QueryFixtures.SUPERVISOR;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_LI;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_WANG;
import static gov.supervision.query.QueryFixtures.escalatedByHand;
import static gov.supervision.query.QueryFixtures.metro;
import static gov.supervision.query.QueryFixtures.officeTime;
import static gov.supervision.query.QueryFixtures.redUnresolved;
import static gov.supervision.query.QueryFixtures.rows;
import static gov.supervision.query.QueryFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Four escalations on the four tasks, oldest first: black water (ecology, vice mayor Li) to the leader and then
 * to the city government because its red warning stayed unresolved; gas pipes (street office, a subtask of
 * renewal, vice mayor Wang) by hand, resolved by Wang; metro (transport, housing co-operating, Li) by hand, open.
 */
@DataJpaTest
@Import({EscalationProjection.class, EscalationQueries.class})
class EscalationsTest {

    private static final Instant RED_SINCE = officeTime("2023-10-01T00:00");
    private static final TaskEscalatedEvent TO_LEADER = redUnresolved(BLACK_WATER, 1, RED_SINCE, 1);
    private static final TaskEscalatedEvent TO_CITY = redUnresolved(BLACK_WATER, 1, RED_SINCE, 2);
    private static final String E1 = TO_LEADER.escalationId();
    private static final String E2 = TO_CITY.escalationId();
    private static final Actor ECOLOGY_OFFICER = new Actor("u-9", "周科长", Set.of(Role.DEPARTMENT), ECOLOGY);

    @Autowired
    private EscalationProjection projection;
    @Autowired
    private EscalationQueries queries;
    @Autowired
    private TestEntityManager entityManager;

    private QueryFixtures.Feed feed;
    private Instant toLeaderAt;
    private Instant resolvedAt;

    @BeforeEach
    void fourEscalations() {
        feed = new QueryFixtures.Feed(entityManager, projection).assignFourTasks();

        toLeaderAt = feed.play(BLACK_WATER, TO_LEADER, Actor.SYSTEM);
        feed.play(BLACK_WATER, TO_CITY, Actor.SYSTEM);
        feed.play(GAS_PIPES, escalatedByHand(GAS_PIPES, "e-3", EscalationLevel.LEADER, "管线迁改需跨部门协调"));
        resolvedAt = feed.play(GAS_PIPES, new EscalationResolvedEvent(GAS_PIPES, "e-3", EscalationLevel.LEADER,
                "由市发展改革委牵头，两周内完成迁改方案"), LEADER_WANG);
        feed.play(METRO, escalatedByHand(METRO, "e-4", EscalationLevel.LEADER, "征地拆迁受阻"));
    }

    private EscalationPage find(Boolean open, EscalationLevel level, String leader, String visibleTo, int page,
                                int size) {
        return queries.handle(new FindEscalationsQuery(open, level, leader, visibleTo, page, size));
    }

    private List<String> ids(Boolean open, EscalationLevel level, String leader, String visibleTo) {
        return find(open, level, leader, visibleTo, 0, 50).items().stream().map(EscalationView::escalationId).toList();
    }

    private List<String> statusIds(EscalationStatus status) {
        return queries.handle(new FindEscalationsQuery(null, null, null, null, 0, 50, status)).items().stream()
                .map(EscalationView::escalationId).toList();
    }

    private EscalationView escalation(String escalationId) {
        return find(null, null, null, null, 0, 50).items().stream()
                .filter(view -> view.escalationId().equals(escalationId)).findFirst().orElseThrow();
    }

    @Test
    void escalationForAnUnresolvedRedWarningNamesTheRuleItsParametersAndTheSystem() {
        EscalationView automatic = escalation(E1);

        assertThat(automatic.taskId()).isEqualTo(BLACK_WATER);
        assertThat(automatic.taskTitle()).isEqualTo("黑臭水体整治");
        assertThat(automatic.leaderInCharge()).isEqualTo(VICE_MAYOR_LI);
        assertThat(automatic.leadDepartment()).isEqualTo(ECOLOGY);
        assertThat(automatic.level()).isEqualTo(EscalationLevel.LEADER);
        assertThat(automatic.reason()).isEqualTo("红灯预警超过7天未解除，提请分管领导协调");
        assertThat(automatic.rule()).isEqualTo(TimeRule.RED_UNRESOLVED);
        assertThat(automatic.ruleParameters()).isEqualTo(
                Map.of("escalateAfter", "PT168H", "redSince", "2023-09-30T16:00:00Z", "step", "1"));
        assertThat(automatic.open()).isTrue();
        assertThat(automatic.raisedAt()).isEqualTo(toLeaderAt);
        assertThat(automatic.raisedByName()).isEqualTo(Actor.SYSTEM.name());
        assertThat(automatic.resolvedAt()).isNull();
        assertThat(automatic.decision()).isNull();
    }

    @Test
    void escalationByHandHasNoRuleNorParametersAndNamesTheOfficer() {
        EscalationView byHand = escalation("e-4");

        assertThat(byHand.rule()).isNull();
        assertThat(byHand.ruleParameters()).isEmpty();
        assertThat(byHand.reason()).isEqualTo("征地拆迁受阻");
        assertThat(byHand.raisedByName()).isEqualTo(SUPERVISOR.name());
    }

    @Test
    void resolutionClosesTheEscalationWithTheDecisionWhenAndByWhom() {
        EscalationView resolved = escalation("e-3");

        assertThat(resolved.open()).isFalse();
        assertThat(resolved.resolvedAt()).isEqualTo(resolvedAt);
        assertThat(resolved.decision()).isEqualTo("由市发展改革委牵头，两周内完成迁改方案");
        assertThat(resolved.resolvedBy()).isEqualTo(VICE_MAYOR_WANG);
        assertThat(resolved.raisedByName()).isEqualTo(SUPERVISOR.name());
    }

    @Test
    void listIsNewestFirstAndPagesCountFromZeroWithTheTotalOfEveryMatch() {
        assertThat(ids(null, null, null, null)).containsExactly("e-4", "e-3", E2, E1);

        EscalationPage second = find(null, null, null, null, 1, 3);
        assertThat(second.items()).extracting(EscalationView::escalationId).containsExactly(E1);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.total()).isEqualTo(4);
    }

    @Test
    void filtersOpenFromResolved() {
        assertThat(ids(true, null, null, null)).containsExactly("e-4", E2, E1);
        assertThat(ids(false, null, null, null)).containsExactly("e-3");
    }

    @Test
    void filtersByLevel() {
        assertThat(ids(null, EscalationLevel.CITY_GOVERNMENT, null, null)).containsExactly(E2);
        assertThat(ids(null, EscalationLevel.LEADER, null, null)).containsExactly("e-4", "e-3", E1);
    }

    @Test
    void filtersByTheLeaderInChargeExactly() {
        assertThat(ids(null, null, VICE_MAYOR_WANG, null)).containsExactly("e-3");
        assertThat(ids(null, null, VICE_MAYOR_LI, null)).containsExactly("e-4", E2, E1);
        assertThat(ids(null, null, "王副", null)).isEmpty();
    }

    @Test
    void departmentSeesEscalationsOfTheTasksItLeadsOrCooperatesOnAndOfTheirSubtasks() {
        assertThat(ids(null, null, null, HOUSING)).containsExactly("e-4", "e-3");
        assertThat(ids(null, null, null, DEVELOPMENT)).containsExactly("e-3");
        assertThat(ids(null, null, null, STREET_OFFICE)).containsExactly("e-3");
        assertThat(ids(null, null, null, ECOLOGY)).containsExactly(E2, E1);
        assertThat(ids(null, null, null, AUDIT)).isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(ids(true, EscalationLevel.LEADER, VICE_MAYOR_LI, null)).containsExactly("e-4", E1);
        assertThat(ids(true, null, null, HOUSING)).containsExactly("e-4");
    }

    @Test
    void taskWithoutLeaderInChargeIsEscalatedWithNone() {
        feed.assign("task-p", task("小区路灯不亮", TaskCategory.PROBLEM, STREET_OFFICE, null, END_OF_MARCH));
        feed.play("task-p", escalatedByHand("task-p", "e-5", EscalationLevel.LEADER, "权属不清"));

        assertThat(escalation("e-5").leaderInCharge()).isNull();
        assertThat(ids(null, null, VICE_MAYOR_WANG, null)).containsExactly("e-3");
    }

    @Test
    void redeliveredEscalationAndResolutionKeepTheFirstRecord() {
        feed.redeliver(GAS_PIPES, 1, escalatedByHand(GAS_PIPES, "e-3", EscalationLevel.LEADER, "管线迁改需跨部门协调"));
        // Redelivered with another decision, so that applying it again would show.
        feed.redeliver(GAS_PIPES, 2, new EscalationResolvedEvent(GAS_PIPES, "e-3", EscalationLevel.LEADER, "另行研究"));

        EscalationView resolved = escalation("e-3");
        assertThat(resolved.open()).isFalse();
        assertThat(resolved.decision()).isEqualTo("由市发展改革委牵头，两周内完成迁改方案");
        assertThat(resolved.resolvedBy()).isEqualTo(VICE_MAYOR_WANG);
    }

    @Test
    void resetEmptiesTheEscalationsAndTheirViewOfTheTasksSoThatReplayRebuildsThem() {
        feed.reset();

        assertThat(find(null, null, null, null, 0, 50).total()).isZero();
        assertThat(rows(entityManager, "escalation_task")).isZero();
        assertThat(rows(entityManager, "escalation_task_department")).isZero();

        QueryFixtures.Feed replay = new QueryFixtures.Feed(entityManager, projection);
        replay.assign(METRO, metro());
        replay.play(METRO, escalatedByHand(METRO, "e-4", EscalationLevel.LEADER, "征地拆迁受阻"));
        assertThat(ids(null, null, VICE_MAYOR_LI, HOUSING)).containsExactly("e-4");
    }

    @Test
    void statusIsOpenResolvedOrWithdrawnAndAWithdrawnOneIsNotOpen() {
        Instant withdrawnAt = feed.play(METRO, new EscalationWithdrawnEvent(METRO, "e-4", EscalationLevel.LEADER,
                WithdrawalReason.REASSIGNED), Actor.SYSTEM);

        EscalationView withdrawn = escalation("e-4");
        assertThat(withdrawn.status()).isEqualTo(EscalationStatus.WITHDRAWN);
        assertThat(withdrawn.open()).isFalse();
        assertThat(withdrawn.withdrawnAt()).isEqualTo(withdrawnAt);
        assertThat(withdrawn.withdrawalReason()).isEqualTo(WithdrawalReason.REASSIGNED);
        assertThat(withdrawn.resolvedAt()).isNull();
        assertThat(withdrawn.decision()).isNull();
        assertThat(escalation("e-3").status()).isEqualTo(EscalationStatus.RESOLVED);
        assertThat(escalation("e-3").withdrawnAt()).isNull();
        assertThat(escalation(E1).status()).isEqualTo(EscalationStatus.OPEN);

        assertThat(ids(true, null, null, null)).containsExactly(E2, E1);
        assertThat(find(true, null, null, null, 0, 50).total()).isEqualTo(2);
        assertThat(statusIds(EscalationStatus.WITHDRAWN)).containsExactly("e-4");
        assertThat(statusIds(EscalationStatus.RESOLVED)).containsExactly("e-3");
        assertThat(statusIds(EscalationStatus.OPEN)).containsExactly(E2, E1);
    }

    @Test
    void decisionAfterAWithdrawalChangesNothing() {
        feed.play(METRO, new EscalationWithdrawnEvent(METRO, "e-4", EscalationLevel.LEADER,
                WithdrawalReason.TASK_CLOSED), Actor.SYSTEM);
        feed.play(METRO, new EscalationResolvedEvent(METRO, "e-4", EscalationLevel.LEADER, "迟到的决定"), LEADER_WANG);

        assertThat(escalation("e-4").status()).isEqualTo(EscalationStatus.WITHDRAWN);
        assertThat(escalation("e-4").withdrawalReason()).isEqualTo(WithdrawalReason.TASK_CLOSED);
        assertThat(escalation("e-4").decision()).isNull();
    }

    @Test
    void raisedByTellsTheRuleTheOfficeAndTheDepartmentApart() {
        feed.play(BLACK_WATER, escalatedByHand(BLACK_WATER, "e-5", EscalationLevel.CITY_GOVERNMENT, "需市政府协调"),
                ECOLOGY_OFFICER);

        assertThat(escalation(E1).raisedBy()).isEqualTo(RaisedBy.RULE);
        assertThat(escalation("e-4").raisedBy()).isEqualTo(RaisedBy.SUPERVISOR);
        assertThat(escalation("e-5").raisedBy()).isEqualTo(RaisedBy.DEPARTMENT);
        assertThat(escalation("e-5").raisedByName()).as("and its name").isEqualTo(ECOLOGY_OFFICER.name());
    }

    @Test
    void reassignedTasksEscalationsMoveToTheNewDepartment() {
        feed.play(METRO, new EscalationWithdrawnEvent(METRO, "e-4", EscalationLevel.LEADER,
                WithdrawalReason.REASSIGNED), Actor.SYSTEM);
        feed.play(METRO, reassigned(METRO, TRANSPORT, AUDIT, null));

        assertThat(ids(null, null, null, TRANSPORT)).isEmpty();
        assertThat(ids(null, null, null, HOUSING)).as("no longer co-operating").containsExactly("e-3");
        assertThat(ids(null, null, null, AUDIT)).containsExactly("e-4");
        assertThat(escalation("e-4").leadDepartment()).isEqualTo(AUDIT);
    }

    @Test
    void pageBelowZeroOrEmptySizeIsRefused() {
        assertThatThrownBy(() -> find(null, null, null, null, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> find(null, null, null, null, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
