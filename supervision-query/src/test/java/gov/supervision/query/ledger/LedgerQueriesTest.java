package gov.supervision.query.ledger;

import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.ExtensionGrantedEvent;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.api.task.TaskStatus;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.QueryFixtures;
import gov.supervision.query.api.ledger.FindTasksQuery;
import gov.supervision.query.api.ledger.TaskAccessQuery;
import gov.supervision.query.api.ledger.TaskFilter;
import gov.supervision.query.api.ledger.TaskPage;
import gov.supervision.query.api.ledger.TaskView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

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
import static gov.supervision.query.QueryFixtures.TRANSPORT;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_LI;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_WANG;
import static gov.supervision.query.QueryFixtures.byHand;
import static gov.supervision.query.QueryFixtures.lifted;
import static gov.supervision.query.QueryFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ledger of the four tasks and one more: renewal (housing, development co-operating) with its subtask gas
 * pipes (street office) and that one's subtask stairway lights (transport); metro (transport, housing
 * co-operating), claimed with a yellow warning; black water (ecology), 60 % with a red warning.
 */
@LedgerOnH2
class LedgerQueriesTest {

    private static final String STAIRWAY_LIGHTS = "task-e";

    @Autowired
    private LedgerProjection projection;
    @Autowired
    private LedgerQueries queries;
    @Autowired
    private TestEntityManager entityManager;

    private QueryFixtures.Feed feed;

    @BeforeEach
    void fiveTasks() {
        feed = new QueryFixtures.Feed(entityManager, projection).assignFourTasks();
        feed.play(METRO, new TaskClaimedEvent(METRO, TRANSPORT, "赵处长"));
        feed.play(METRO, byHand(METRO, "w-1", WarningLevel.YELLOW, "节点临近"));
        // Reported before any claim, which the command side refuses: the read side shows the work as started.
        feed.play(BLACK_WATER, new ProgressReportedEvent(BLACK_WATER, "r-1", ECOLOGY, 60, "清淤完成", null));
        feed.play(BLACK_WATER, byHand(BLACK_WATER, "w-2", WarningLevel.RED, "报告多次缺失"));
        feed.decompose(GAS_PIPES, STAIRWAY_LIGHTS, task("楼道照明", null, TRANSPORT, VICE_MAYOR_WANG, END_OF_MARCH));
    }

    private List<String> ids(TaskFilter filter) {
        return ids(filter, null);
    }

    private List<String> ids(TaskFilter filter, String sort) {
        return find(filter, 0, 50, sort).items().stream().map(TaskView::taskId).toList();
    }

    private TaskPage find(TaskFilter filter, int page, int size, String sort) {
        return queries.handle(new FindTasksQuery(filter, page, size, sort));
    }

    private static TaskFilter where() {
        return TaskFilter.none();
    }

    @Test
    void withoutFiltersListsEveryTaskByDueDateThenId() {
        assertThat(ids(where())).containsExactly(METRO, STAIRWAY_LIGHTS, GAS_PIPES, RENEWAL, BLACK_WATER);
    }

    @Test
    void filtersByStatus() {
        assertThat(ids(new TaskFilter(TaskStatus.CLAIMED, null, null, null, null, null, null, null, null, null, null)))
                .containsExactly(METRO);
        assertThat(ids(new TaskFilter(TaskStatus.IN_PROGRESS, null, null, null, null, null, null, null, null, null, null)))
                .containsExactly(BLACK_WATER);
    }

    @Test
    void filtersByCategoryWithSubtasksInheritingTheirParents() {
        assertThat(ids(new TaskFilter(null, TaskCategory.MAJOR_PRIORITY, null, null, null, null, null, null, null, null, null)))
                .containsExactlyInAnyOrder(RENEWAL, GAS_PIPES, STAIRWAY_LIGHTS);
        assertThat(ids(new TaskFilter(null, TaskCategory.RED_LINE, null, null, null, null, null, null, null, null, null)))
                .containsExactly(BLACK_WATER);
    }

    @Test
    void departmentFilterMatchesLeadAndCooperatingButNotAncestorDepartment() {
        assertThat(ids(new TaskFilter(null, null, HOUSING, null, null, null, null, null, null, null, null)))
                .containsExactlyInAnyOrder(RENEWAL, METRO);
        assertThat(ids(new TaskFilter(null, null, TRANSPORT, null, null, null, null, null, null, null, null)))
                .containsExactlyInAnyOrder(METRO, STAIRWAY_LIGHTS);
    }

    @Test
    void filtersByLeaderInCharge() {
        assertThat(ids(new TaskFilter(null, null, null, VICE_MAYOR_LI, null, null, null, null, null, null, null)))
                .containsExactlyInAnyOrder(METRO, BLACK_WATER);
    }

    @Test
    void filtersByWarningLevel() {
        assertThat(ids(new TaskFilter(null, null, null, null, WarningLevel.RED, null, null, null, null, null, null)))
                .containsExactly(BLACK_WATER);
        assertThat(ids(new TaskFilter(null, null, null, null, WarningLevel.NONE, null, null, null, null, null, null)))
                .containsExactlyInAnyOrder(RENEWAL, GAS_PIPES, STAIRWAY_LIGHTS);
    }

    @Test
    void filtersByOverdueWhichNoTaskIsYet() {
        assertThat(ids(new TaskFilter(null, null, null, null, null, true, null, null, null, null, null))).isEmpty();
        assertThat(ids(new TaskFilter(null, null, null, null, null, false, null, null, null, null, null))).hasSize(5);
    }

    @Test
    void filtersByParent() {
        assertThat(ids(new TaskFilter(null, null, null, null, null, null, RENEWAL, null, null, null, null)))
                .containsExactly(GAS_PIPES);
    }

    @Test
    void textSearchFindsChineseAndLatinTextInTitleOrDescriptionIgnoringCase() {
        assertThat(ids(text("改造"))).containsExactlyInAnyOrder(RENEWAL, GAS_PIPES);
        assertThat(ids(text("水电气"))).as("in the description only").containsExactly(RENEWAL);
        assertThat(ids(text("PHASE one"))).containsExactly(RENEWAL);
        assertThat(ids(text("地铁"))).containsExactly(METRO);
        assertThat(ids(text("100%"))).as("a wildcard is literal").isEmpty();
    }

    private static TaskFilter text(String text) {
        return new TaskFilter(null, null, null, null, null, null, null, text, null, null, null);
    }

    @Test
    void dueBeforeAndDueAfterIncludeTheDayItself() {
        assertThat(ids(new TaskFilter(null, null, null, null, null, null, null, null, END_OF_MARCH, null, null)))
                .containsExactly(METRO, STAIRWAY_LIGHTS);
        assertThat(ids(new TaskFilter(null, null, null, null, null, null, null, null, null, LocalDate.of(2023, 6, 30), null)))
                .containsExactly(RENEWAL, BLACK_WATER);
        assertThat(ids(new TaskFilter(null, null, null, null, null, null, null, null,
                LocalDate.of(2023, 6, 30), LocalDate.of(2023, 4, 1), null)))
                .containsExactly(GAS_PIPES, RENEWAL);
    }

    @Test
    void departmentSeesItsTasksAndEverySubtaskBelowThem() {
        assertThat(ids(visibleTo(HOUSING))).containsExactlyInAnyOrder(RENEWAL, METRO, GAS_PIPES, STAIRWAY_LIGHTS);
        assertThat(ids(visibleTo(DEVELOPMENT))).containsExactlyInAnyOrder(RENEWAL, GAS_PIPES, STAIRWAY_LIGHTS);
        assertThat(ids(visibleTo(STREET_OFFICE))).containsExactlyInAnyOrder(GAS_PIPES, STAIRWAY_LIGHTS);
        assertThat(ids(visibleTo(ECOLOGY))).containsExactly(BLACK_WATER);
        assertThat(ids(visibleTo("市审计局"))).isEmpty();
    }

    @Test
    void visibilityCombinesWithTheClientsFilters() {
        TaskFilter claimedForHousing = new TaskFilter(TaskStatus.CLAIMED, null, null, null, null, null, null, null,
                null, null, HOUSING);
        assertThat(ids(claimedForHousing)).containsExactly(METRO);
    }

    private static TaskFilter visibleTo(String department) {
        return new TaskFilter(null, null, null, null, null, null, null, null, null, null, department);
    }

    @Test
    void subtaskAssignedBeforeItsAncestorsAreKnownByTheEventIsStillSeenThroughTheParentsRows() {
        feed.play("task-f", new TaskAssignedEvent("task-f", STAIRWAY_LIGHTS,
                task("更换灯具", null, ECOLOGY, VICE_MAYOR_WANG, END_OF_MARCH), Set.of(), Set.of()));

        assertThat(ids(visibleTo(HOUSING))).contains("task-f");
        assertThat(queries.handle(new TaskAccessQuery("task-f", DEVELOPMENT))).isTrue();
    }

    @Test
    void aDepartmentsPageAndItsCountFollowItsTasksAsTheyMove() {
        TaskFilter housingAtWork = new TaskFilter(TaskStatus.IN_PROGRESS, null, HOUSING, null, null, null, null, null,
                null, null, null);
        assertThat(find(housingAtWork, 0, 20, null).total()).isZero();
        assertThat(ids(new TaskFilter(null, null, HOUSING, null, null, null, null, null, null, null, null)))
                .containsExactly(METRO, RENEWAL);

        feed.play(METRO, new ProgressReportedEvent(METRO, "r-2", TRANSPORT, 40, "盾构过半", null));
        feed.play(METRO, lifted(byHand(METRO, "w-1", WarningLevel.YELLOW, "节点临近"), LiftReason.LIFTED_BY_HAND));
        feed.play(METRO, new ExtensionGrantedEvent(METRO, "x-1", END_OF_MARCH, LocalDate.of(2023, 12, 31),
                END_OF_MARCH, "同意延期"));

        TaskPage atWork = find(housingAtWork, 0, 20, null);
        assertThat(atWork.items()).extracting(TaskView::taskId).containsExactly(METRO);
        assertThat(atWork.total()).isEqualTo(1);
        assertThat(ids(new TaskFilter(TaskStatus.CLAIMED, null, HOUSING, null, null, null, null, null, null, null,
                null))).isEmpty();
        assertThat(ids(new TaskFilter(null, null, null, null, WarningLevel.NONE, null, null, null, null, null,
                HOUSING))).as("the warning lifted, seen by the co-operating department").contains(METRO);
        assertThat(ids(new TaskFilter(null, null, HOUSING, null, null, null, null, null, null, null, null)))
                .as("in the due date's new order").containsExactly(RENEWAL, METRO);
        assertThat(ids(new TaskFilter(null, null, HOUSING, null, null, null, null, null, END_OF_JUNE, null, null)))
                .containsExactly(RENEWAL);
    }

    @Test
    void aDepartmentLeadingASubtaskOfItsOwnTaskSeesAndCountsItOnce() {
        feed.decompose(RENEWAL, "task-own", task("小区管线普查", null, HOUSING, VICE_MAYOR_WANG, END_OF_MARCH));

        TaskPage seen = find(visibleTo(HOUSING), 0, 20, null);
        assertThat(seen.items()).extracting(TaskView::taskId).containsOnlyOnce("task-own");
        assertThat(seen.total()).isEqualTo(seen.items().size()).isEqualTo(5);
        assertThat(ids(new TaskFilter(null, null, HOUSING, null, null, null, null, null, null, null, null)))
                .contains("task-own");
    }

    @Test
    void pagesCountFromZeroAndTheTotalCountsEveryMatch() {
        TaskPage first = find(where(), 0, 2, null);
        TaskPage last = find(where(), 2, 2, null);

        assertThat(first.items()).extracting(TaskView::taskId).containsExactly(METRO, STAIRWAY_LIGHTS);
        assertThat(first.total()).isEqualTo(5);
        assertThat(last.items()).extracting(TaskView::taskId).containsExactly(BLACK_WATER);
        assertThat(last.page()).isEqualTo(2);
        assertThat(last.size()).isEqualTo(2);
        assertThat(find(where(), 3, 2, null).items()).isEmpty();
        assertThat(find(visibleTo(STREET_OFFICE), 0, 1, null).total()).isEqualTo(2);
    }

    @Test
    void sortsByTheNamedFieldInEitherDirectionWithTaskIdBreakingTies() {
        assertThat(ids(where(), "dueDate,desc")).containsExactly(BLACK_WATER, RENEWAL, GAS_PIPES, METRO, STAIRWAY_LIGHTS);
        assertThat(ids(where(), "percentComplete,desc").get(0)).isEqualTo(BLACK_WATER);
        assertThat(ids(where(), "assignedAt")).containsExactly(RENEWAL, METRO, BLACK_WATER, GAS_PIPES, STAIRWAY_LIGHTS);
        assertThat(ids(where(), "updatedAt,desc").get(0)).isEqualTo(STAIRWAY_LIGHTS);
        assertThat(find(where(), 0, 50, "title").items()).extracting(TaskView::title).isSorted();
        assertThat(find(where(), 0, 50, "leadDepartment,desc").items()).extracting(TaskView::leadDepartment)
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void warningsSortBySeverityAndStatusByTheLoopNotByName() {
        assertThat(ids(where(), "warningLevel,desc")).containsExactly(BLACK_WATER, METRO, RENEWAL, GAS_PIPES, STAIRWAY_LIGHTS);
        feed.play(RENEWAL, new CompletionRequestedEvent(RENEWAL, "c-1", "改造完成", List.of()));
        assertThat(ids(where(), "status,desc")).startsWith(RENEWAL, BLACK_WATER, METRO);
        assertThat(ids(where(), "category,asc")).endsWith(METRO, BLACK_WATER);
    }

    @Test
    void unknownSortFieldOrDirectionIsRefusedNamingTheValidOnes() {
        assertThatThrownBy(() -> ids(where(), "priority,desc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("priority")
                .hasMessageContaining("dueDate, assignedAt, updatedAt");
        assertThatThrownBy(() -> ids(where(), "dueDate,upward"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asc or desc");
    }

    @Test
    void departmentHasAccessToTasksItLeadsOrCooperatesOnAndToTheirSubtasks() {
        assertThat(queries.handle(new TaskAccessQuery(RENEWAL, HOUSING))).isTrue();
        assertThat(queries.handle(new TaskAccessQuery(RENEWAL, DEVELOPMENT))).isTrue();
        assertThat(queries.handle(new TaskAccessQuery(STAIRWAY_LIGHTS, HOUSING))).isTrue();
        assertThat(queries.handle(new TaskAccessQuery(RENEWAL, STREET_OFFICE))).as("not upwards").isFalse();
        assertThat(queries.handle(new TaskAccessQuery(BLACK_WATER, HOUSING))).isFalse();
        assertThat(queries.handle(new TaskAccessQuery("no-such-task", HOUSING))).isFalse();
    }
}
