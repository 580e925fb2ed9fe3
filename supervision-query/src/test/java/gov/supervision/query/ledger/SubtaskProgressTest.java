package gov.supervision.query.ledger;

import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.query.QueryFixtures;
import gov.supervision.query.api.ledger.FindTaskQuery;
import gov.supervision.query.api.ledger.TaskView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

import java.util.List;

import static gov.supervision.query.QueryFixtures.END_OF_MARCH;
import static gov.supervision.query.QueryFixtures.STREET_OFFICE;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_WANG;
import static gov.supervision.query.QueryFixtures.id;
import static gov.supervision.query.QueryFixtures.oldQuarterRenewal;
import static gov.supervision.query.QueryFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

@LedgerOnH2
class SubtaskProgressTest {

    @Autowired
    private LedgerProjection projection;
    @Autowired
    private LedgerQueries queries;
    @Autowired
    private TestEntityManager entityManager;

    private QueryFixtures.Feed feed;
    private final String parentId = id();

    @BeforeEach
    void setUp() {
        feed = new QueryFixtures.Feed(entityManager, projection);
        feed.assign(parentId, oldQuarterRenewal());
    }

    private TaskView view(String taskId) {
        return queries.handle(new FindTaskQuery(taskId)).orElseThrow();
    }

    private String subtask(String parent, String title, Integer weight) {
        String subtaskId = id();
        feed.decompose(parent, subtaskId, task(title, null, STREET_OFFICE, VICE_MAYOR_WANG, END_OF_MARCH), weight);
        return subtaskId;
    }

    private void report(String taskId, int percent) {
        feed.play(taskId, new ProgressReportedEvent(taskId, id(), STREET_OFFICE, percent, "进展" + percent, null));
    }

    private void approve(String taskId) {
        String requestId = id();
        feed.play(taskId, new CompletionRequestedEvent(taskId, requestId, "已完成", List.of()));
        feed.play(taskId, new CompletionApprovedEvent(taskId, requestId, "同意"));
    }

    @Test
    void taskWithoutSubtasksHasNoRolledUpPercent() {
        report(parentId, 40);

        assertThat(view(parentId).subtaskPercent()).isNull();
        assertThat(view(parentId).percentComplete()).isEqualTo(40);
    }

    @Test
    void newSubtaskCountsAsNothingDoneYet() {
        subtask(parentId, "燃气管道改造", null);

        assertThat(view(parentId).subtaskPercent()).isZero();
    }

    @Test
    void subtasksOfEqualWeightCountEquallyAndTheMeanIsRoundedHalfUp() {
        String gas = subtask(parentId, "燃气管道改造", null);
        String drains = subtask(parentId, "雨污分流", null);
        report(gas, 30);
        report(drains, 45);

        assertThat(view(parentId).subtaskPercent()).isEqualTo(38);

        subtask(parentId, "外墙保温", null);

        assertThat(view(parentId).subtaskPercent()).isEqualTo(25);
    }

    @Test
    void weightGivenAtDecompositionCountsInProportionAndNoWeightCountsAsOne() {
        String gas = subtask(parentId, "燃气管道改造", 3);
        String drains = subtask(parentId, "雨污分流", 1);
        report(gas, 50);
        report(drains, 10);

        assertThat(view(parentId).subtaskPercent()).isEqualTo(40);

        subtask(parentId, "外墙保温", null);

        assertThat(view(parentId).subtaskPercent()).isEqualTo(32);
    }

    @Test
    void subtaskWhoseCompletionIsApprovedCountsAsFullyDone() {
        String gas = subtask(parentId, "燃气管道改造", null);
        subtask(parentId, "雨污分流", null);
        report(gas, 60);

        approve(gas);

        assertThat(view(parentId).subtaskPercent()).isEqualTo(50);
    }

    @Test
    void parentsOwnPercentStaysWhatItsOwnReportsSay() {
        report(parentId, 10);
        String gas = subtask(parentId, "燃气管道改造", null);
        report(gas, 90);

        assertThat(view(parentId).percentComplete()).isEqualTo(10);
        assertThat(view(parentId).subtaskPercent()).isEqualTo(90);
    }

    @Test
    void progressTwoLevelsDownRollsUpThroughTheMiddleTask() {
        String east = subtask(parentId, "东片区改造", 2);
        String west = subtask(parentId, "西片区改造", 1);
        String eastGas = subtask(east, "东片区燃气", null);
        String eastDrains = subtask(east, "东片区雨污", null);
        report(east, 10);
        report(eastGas, 80);
        report(eastDrains, 40);
        report(west, 30);

        assertThat(view(east).percentComplete()).isEqualTo(10);
        assertThat(view(east).subtaskPercent()).isEqualTo(60);
        assertThat(view(parentId).subtaskPercent()).isEqualTo(50);

        approve(eastDrains);

        assertThat(view(east).subtaskPercent()).isEqualTo(90);
        assertThat(view(parentId).subtaskPercent()).isEqualTo(70);
    }

    @Test
    void redeliveredReportOfASubtaskChangesNothing() {
        String gas = subtask(parentId, "燃气管道改造", null);
        ProgressReportedEvent first = new ProgressReportedEvent(gas, "r-1", STREET_OFFICE, 20, "开工", null);
        feed.play(gas, first);
        report(gas, 70);

        feed.redeliver(gas, 1, first);

        assertThat(view(gas).percentComplete()).isEqualTo(70);
        assertThat(view(parentId).subtaskPercent()).isEqualTo(70);
    }
}
