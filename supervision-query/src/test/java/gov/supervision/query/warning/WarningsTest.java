package gov.supervision.query.warning;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.task.ExtensionGrantedEvent;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.api.task.WarningLiftedEvent;
import gov.supervision.query.QueryFixtures;
import gov.supervision.query.api.warning.FindWarningsQuery;
import gov.supervision.query.api.warning.WarningPage;
import gov.supervision.query.api.warning.WarningView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static gov.supervision.query.QueryFixtures.AUDIT;
import static gov.supervision.query.QueryFixtures.BLACK_WATER;
import static gov.supervision.query.QueryFixtures.DEVELOPMENT;
import static gov.supervision.query.QueryFixtures.ECOLOGY;
import static gov.supervision.query.QueryFixtures.END_OF_JUNE;
import static gov.supervision.query.QueryFixtures.END_OF_MARCH;
import static gov.supervision.query.QueryFixtures.GAS_PIPES;
import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.METRO;
import static gov.supervision.query.QueryFixtures.RENEWAL;
import static gov.supervision.query.QueryFixtures.STREET_OFFICE;
import static gov.supervision.query.QueryFixtures.SUPERVISOR;
import static gov.supervision.query.QueryFixtures.TRANSPORT;
import static gov.supervision.query.QueryFixtures.byHand;
import static gov.supervision.query.QueryFixtures.dueSoon;
import static gov.supervision.query.QueryFixtures.lifted;
import static gov.supervision.query.QueryFixtures.notClaimed;
import static gov.supervision.query.QueryFixtures.reassigned;
import static gov.supervision.query.QueryFixtures.reportMissed;
import static gov.supervision.query.QueryFixtures.urgingUnanswered;
import static gov.supervision.query.QueryFixtures.weekMissed;
import static gov.supervision.query.QueryFixtures.oldQuarterRenewal;
import static gov.supervision.query.QueryFixtures.overdue;
import static gov.supervision.query.QueryFixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Four warnings on the four tasks, oldest first: due soon on metro (transport, housing co-operating), lifted
 * when an extension was granted; overdue on black water (ecology); red by hand on gas pipes (street office,
 * a subtask of renewal); yellow by hand on renewal (housing, development co-operating).
 */
@DataJpaTest
@Import({WarningProjection.class, WarningQueries.class})
class WarningsTest {

    private static final WarningIssuedEvent DUE_SOON = dueSoon(METRO, END_OF_MARCH);
    private static final WarningIssuedEvent OVERDUE = overdue(BLACK_WATER, LocalDate.of(2023, 9, 30));
    private static final String W1 = DUE_SOON.warningId();
    private static final String W2 = OVERDUE.warningId();

    @Autowired
    private WarningProjection projection;
    @Autowired
    private WarningQueries queries;
    @Autowired
    private TestEntityManager entityManager;

    private QueryFixtures.Feed feed;
    private Instant dueSoonIssuedAt;
    private Instant dueSoonLiftedAt;
    private Instant liftedAt;

    @BeforeEach
    void fourWarnings() {
        feed = new QueryFixtures.Feed(entityManager, projection).assignFourTasks();

        dueSoonIssuedAt = feed.play(METRO, DUE_SOON, Actor.SYSTEM);
        feed.play(BLACK_WATER, OVERDUE, Actor.SYSTEM);
        feed.play(METRO, new ExtensionGrantedEvent(METRO, "x-1", END_OF_MARCH, END_OF_JUNE, END_OF_MARCH, "同意延期"));
        dueSoonLiftedAt = feed.play(METRO, lifted(DUE_SOON, LiftReason.EXTENSION_GRANTED));
        feed.play(GAS_PIPES, byHand(GAS_PIPES, "w-3", WarningLevel.RED, "管线迁改严重滞后"));
        feed.play(RENEWAL, byHand(RENEWAL, "w-4", WarningLevel.YELLOW, "月度报告内容空泛"));
    }

    private WarningPage find(WarningLevel level, Boolean active, String department, String visibleTo, int page,
                             int size) {
        return queries.handle(new FindWarningsQuery(level, active, department, visibleTo, page, size));
    }

    private List<String> ids(WarningLevel level, Boolean active, String department, String visibleTo) {
        return find(level, active, department, visibleTo, 0, 50).items().stream().map(WarningView::warningId).toList();
    }

    private WarningView warning(String warningId) {
        return find(null, null, null, null, 0, 50).items().stream()
                .filter(view -> view.warningId().equals(warningId)).findFirst().orElseThrow();
    }

    @Test
    void warningByARuleOfTimeShowsItsTaskRuleParametersAndTheSystemAsIssuer() {
        WarningView dueSoon = warning(W1);

        assertThat(dueSoon.taskId()).isEqualTo(METRO);
        assertThat(dueSoon.taskTitle()).isEqualTo("地铁三号线建设");
        assertThat(dueSoon.leadDepartment()).isEqualTo(TRANSPORT);
        assertThat(dueSoon.level()).isEqualTo(WarningLevel.YELLOW);
        assertThat(dueSoon.reason()).isEqualTo("临近办结时限（2023-03-31）");
        assertThat(dueSoon.rule()).isEqualTo(TimeRule.DUE_SOON);
        assertThat(dueSoon.ruleParameters()).isEqualTo(Map.of("yellowBefore", "P3D", "dueDate", "2023-03-31"));
        assertThat(dueSoon.issuedAt()).isEqualTo(dueSoonIssuedAt);
        assertThat(dueSoon.issuedBy()).isEqualTo(Actor.SYSTEM.name());
    }

    @Test
    void warningByHandHasNoRuleNorParametersAndNamesTheOfficer() {
        WarningView byHand = warning("w-3");

        assertThat(byHand.rule()).isNull();
        assertThat(byHand.ruleParameters()).isEmpty();
        assertThat(byHand.issuedBy()).isEqualTo(SUPERVISOR.name());
        assertThat(byHand.taskTitle()).isEqualTo("燃气管道改造");
        assertThat(byHand.leadDepartment()).isEqualTo(STREET_OFFICE);
        assertThat(byHand.active()).isTrue();
        assertThat(byHand.liftedAt()).isNull();
        assertThat(byHand.liftReason()).isNull();
    }

    @Test
    void liftedWarningStaysListedAsPastWithWhenAndWhy() {
        WarningView lifted = warning(W1);

        assertThat(lifted.active()).isFalse();
        assertThat(lifted.liftedAt()).isEqualTo(dueSoonLiftedAt);
        assertThat(lifted.liftReason()).isEqualTo(LiftReason.EXTENSION_GRANTED);
    }

    @Test
    void listIsNewestFirstAndPagesCountFromZeroWithTheTotalOfEveryMatch() {
        assertThat(ids(null, null, null, null)).containsExactly("w-4", "w-3", W2, W1);

        WarningPage second = find(null, null, null, null, 1, 3);
        assertThat(second.items()).extracting(WarningView::warningId).containsExactly(W1);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(4);
    }

    @Test
    void filtersByLevel() {
        assertThat(ids(WarningLevel.RED, null, null, null)).containsExactly("w-3", W2);
        assertThat(ids(WarningLevel.YELLOW, null, null, null)).containsExactly("w-4", W1);
    }

    @Test
    void filtersActiveFromLifted() {
        assertThat(ids(null, true, null, null)).containsExactly("w-4", "w-3", W2);
        assertThat(ids(null, false, null, null)).containsExactly(W1);
    }

    @Test
    void departmentFilterIsTheTasksLeadDepartmentOnly() {
        assertThat(ids(null, null, HOUSING, null)).as("not metro, where housing co-operates").containsExactly("w-4");
        assertThat(ids(null, null, TRANSPORT, null)).containsExactly(W1);
        assertThat(ids(null, null, DEVELOPMENT, null)).isEmpty();
    }

    @Test
    void departmentSeesWarningsOfTheTasksItLeadsOrCooperatesOnAndOfTheirSubtasks() {
        assertThat(ids(null, null, null, HOUSING)).containsExactly("w-4", "w-3", W1);
        assertThat(ids(null, null, null, DEVELOPMENT)).containsExactly("w-4", "w-3");
        assertThat(ids(null, null, null, STREET_OFFICE)).as("not upwards").containsExactly("w-3");
        assertThat(ids(null, null, null, ECOLOGY)).containsExactly(W2);
        assertThat(ids(null, null, null, AUDIT)).isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(ids(WarningLevel.RED, true, null, HOUSING)).containsExactly("w-3");
        assertThat(ids(WarningLevel.YELLOW, true, TRANSPORT, null)).isEmpty();
        assertThat(find(null, true, null, HOUSING, 0, 1).total()).isEqualTo(2);
    }

    @Test
    void redeliveredIssueAndLiftKeepTheFirstRecord() {
        feed.redeliver(METRO, 1, DUE_SOON);
        // Redelivered with another reason, so that applying it again would show.
        feed.redeliver(METRO, 3, lifted(DUE_SOON, LiftReason.COMPLETED));

        WarningView lifted = warning(W1);
        assertThat(lifted.active()).isFalse();
        assertThat(lifted.liftReason()).isEqualTo(LiftReason.EXTENSION_GRANTED);
        assertThat(lifted.issuedAt()).isEqualTo(dueSoonIssuedAt);
        assertThat(find(null, null, null, null, 0, 50).total()).isEqualTo(4);
    }

    @Test
    void resetEmptiesTheWarningsAndTheirViewOfTheTasksSoThatReplayRebuildsThem() {
        feed.reset();

        assertThat(find(null, null, null, null, 0, 50).total()).isZero();
        assertThat(rows(entityManager, "warning_task")).isZero();
        assertThat(rows(entityManager, "warning_task_department")).isZero();

        QueryFixtures.Feed replay = new QueryFixtures.Feed(entityManager, projection);
        replay.assign(RENEWAL, oldQuarterRenewal());
        replay.play(RENEWAL, byHand(RENEWAL, "w-4", WarningLevel.YELLOW, "月度报告内容空泛"));
        assertThat(ids(null, null, null, DEVELOPMENT)).containsExactly("w-4");
    }

    @Test
    void warningLiftedByHandShowsTheOfficesComment() {
        liftedAt = feed.play(GAS_PIPES, new WarningLiftedEvent(GAS_PIPES, "w-3", WarningLevel.RED, null,
                LiftReason.LIFTED_BY_HAND, "经核实管线迁改已按计划推进"));

        WarningView lifted = warning("w-3");
        assertThat(lifted.active()).isFalse();
        assertThat(lifted.liftedAt()).isEqualTo(liftedAt);
        assertThat(lifted.liftReason()).isEqualTo(LiftReason.LIFTED_BY_HAND);
        assertThat(lifted.liftComment()).isEqualTo("经核实管线迁改已按计划推进");
        assertThat(warning(W1).liftComment()).as("an automatic lift has none").isNull();
    }

    @Test
    void reportMissedOfTheRulesOfOnePointOneShowsItsPeriodAndOlderOnesNone() {
        WarningIssuedEvent week10 = weekMissed(RENEWAL, "2023-W10", LocalDate.of(2023, 3, 6), 1);
        WarningIssuedEvent older = reportMissed(METRO, Instant.parse("2023-01-10T03:00:00Z"), 1, 0);
        feed.play(RENEWAL, week10, Actor.SYSTEM);
        feed.play(METRO, older, Actor.SYSTEM);

        assertThat(warning(week10.warningId()).period()).isEqualTo("2023-W10");
        assertThat(warning(week10.warningId()).ruleParameters()).containsEntry("periodEnd", "2023-03-12");
        assertThat(warning(older.warningId()).period()).isNull();
        assertThat(warning(W1).period()).isNull();
    }

    @Test
    void notClaimedAndUrgingUnansweredAreListedLikeTheOtherRules() {
        WarningIssuedEvent notClaimed = notClaimed(BLACK_WATER, WarningLevel.YELLOW, LocalDate.of(2023, 1, 4),
                LocalDate.of(2023, 1, 9));
        WarningIssuedEvent unanswered = urgingUnanswered(METRO, "u-1", LocalDate.of(2023, 2, 10));
        feed.play(BLACK_WATER, notClaimed, Actor.SYSTEM);
        feed.play(METRO, unanswered, Actor.SYSTEM);
        feed.play(BLACK_WATER, lifted(notClaimed, LiftReason.CLAIMED));

        assertThat(warning(notClaimed.warningId()).rule()).isEqualTo(TimeRule.NOT_CLAIMED);
        assertThat(warning(notClaimed.warningId()).ruleParameters()).containsEntry("claimBy", "2023-01-09");
        assertThat(warning(notClaimed.warningId()).liftReason()).isEqualTo(LiftReason.CLAIMED);
        assertThat(warning(unanswered.warningId()).rule()).isEqualTo(TimeRule.URGING_UNANSWERED);
        assertThat(ids(WarningLevel.YELLOW, true, TRANSPORT, null)).containsExactly(unanswered.warningId());
    }

    @Test
    void reassignedTasksWarningsMoveToTheNewDepartmentPastOnesIncluded() {
        feed.play(BLACK_WATER, reassigned(BLACK_WATER, ECOLOGY, AUDIT, null, DEVELOPMENT));
        feed.play(BLACK_WATER, byHand(BLACK_WATER, "w-5", WarningLevel.YELLOW, "新牵头单位尚未签收"));

        assertThat(ids(null, null, ECOLOGY, null)).isEmpty();
        assertThat(ids(null, null, null, ECOLOGY)).isEmpty();
        assertThat(ids(null, null, AUDIT, null)).containsExactly("w-5", W2);
        assertThat(ids(null, null, null, AUDIT)).containsExactly("w-5", W2);
        assertThat(ids(null, null, null, DEVELOPMENT)).containsExactly("w-5", "w-4", "w-3", W2);
        assertThat(warning(W2).leadDepartment()).isEqualTo(AUDIT);
    }

    @Test
    void reassignedSubtasksWarningsAreStillSeenThroughTheTaskAboveIt() {
        feed.play(GAS_PIPES, reassigned(GAS_PIPES, STREET_OFFICE, TRANSPORT, null));

        assertThat(ids(null, null, null, STREET_OFFICE)).isEmpty();
        assertThat(ids(null, null, null, TRANSPORT)).containsExactly("w-3", W1);
        assertThat(ids(null, null, null, HOUSING)).as("through renewal").containsExactly("w-4", "w-3", W1);
        assertThat(ids(null, null, TRANSPORT, null)).containsExactly("w-3", W1);
    }

    @Test
    void replayRebuildsTheWarningsOfAReassignedTaskUnderItsNewDepartment() {
        feed.play(BLACK_WATER, reassigned(BLACK_WATER, ECOLOGY, AUDIT, null));

        feed.replay();

        assertThat(ids(null, null, AUDIT, null)).containsExactly(W2);
        assertThat(ids(null, null, null, ECOLOGY)).isEmpty();
    }

    @Test
    void pageBelowZeroOrEmptySizeIsRefused() {
        assertThatThrownBy(() -> find(null, null, null, null, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> find(null, null, null, null, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
