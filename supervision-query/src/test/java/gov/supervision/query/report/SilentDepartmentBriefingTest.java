package gov.supervision.query.report;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskClaimedEvent;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.query.QueryFixtures;
import gov.supervision.query.api.report.BriefingLine;
import gov.supervision.query.api.report.PeriodicBriefing;
import gov.supervision.query.api.report.PeriodicBriefingQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

import java.time.LocalDate;
import java.util.List;

import static gov.supervision.query.QueryFixtures.AUDIT;
import static gov.supervision.query.QueryFixtures.ECOLOGY;
import static gov.supervision.query.QueryFixtures.END_OF_JUNE;
import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_LI;
import static gov.supervision.query.QueryFixtures.officeTime;
import static gov.supervision.query.QueryFixtures.reassigned;
import static gov.supervision.query.QueryFixtures.reportMissed;
import static gov.supervision.query.QueryFixtures.returned;
import static gov.supervision.query.QueryFixtures.task;
import static gov.supervision.query.QueryFixtures.weekMissed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ecology claims a weekly-reporting task on Thursday 5 January 2023 and stays silent: under the rules of 1.1 it owes
 * weeks 2 to 11 (Monday 9 January to Sunday 19 March), and each missed week's warning comes in the week after it.
 */
@ReportsOnH2
class SilentDepartmentBriefingTest {

    private static final String SILENT = "task-silent";
    private static final LocalDate WEEK_2_MONDAY = LocalDate.of(2023, 1, 9);
    private static final int SILENT_WEEKS = 10;

    @Autowired
    private ReportProjection projection;
    @Autowired
    private ReportQueries queries;
    @Autowired
    private TestEntityManager entityManager;

    private QueryFixtures.Feed feed;

    @BeforeEach
    void assignAndClaim() {
        feed = new QueryFixtures.Feed(entityManager, projection);
        TaskDetails weekly = task("黑臭水体周报整治", TaskCategory.RED_LINE, ECOLOGY, VICE_MAYOR_LI, END_OF_JUNE);
        feed.nextEventAt(officeTime("2023-01-04T10:00")).assign(SILENT, new TaskDetails(weekly.title(),
                weekly.description(), weekly.category(), null, weekly.leaderInCharge(), weekly.leadDepartment(),
                List.of(), null, weekly.dueDate(), ReportingCadence.WEEKLY, List.of()));
        feed.nextEventAt(officeTime("2023-01-05T10:00")).play(SILENT, new TaskClaimedEvent(SILENT, ECOLOGY, "周科长"));
    }

    private static LocalDate monday(int week) {
        return WEEK_2_MONDAY.plusWeeks(week - 2L);
    }

    private static String name(int week) {
        return String.format("2023-W%02d", week);
    }

    private void missWeek(int week, String issuedAt) {
        feed.nextEventAt(officeTime(issuedAt)).play(SILENT,
                weekMissed(SILENT, name(week), monday(week), week - 1), Actor.SYSTEM);
    }

    private BriefingLine ecologyIn(String period, LocalDate from, LocalDate to) {
        return queries.handle(new PeriodicBriefingQuery(period, from, to)).departments().stream()
                .filter(line -> ECOLOGY.equals(line.department())).findFirst()
                .orElse(new BriefingLine(ECOLOGY, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    private BriefingLine ecologyInWeek(int week) {
        return ecologyIn(name(week), monday(week), monday(week).plusDays(6));
    }

    @Test
    void everyWeekOfASilentDepartmentCountsOneReportMissingInThatWeeksBriefing() {
        for (int week = 2; week < 2 + SILENT_WEEKS; week++) {
            missWeek(week, monday(week + 1) + "T00:30");
        }

        for (int week = 2; week < 2 + SILENT_WEEKS; week++) {
            assertThat(ecologyInWeek(week).reportsMissing()).as("week %d", week).isEqualTo(1);
        }
        assertThat(ecologyInWeek(12).reportsMissing()).as("week 11's warning came in week 12").isZero();
        assertThat(ecologyInWeek(12).warnings()).as("but it was issued then").isEqualTo(1);
        assertThat(ecologyIn("2023-Q1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31)).reportsMissing())
                .isEqualTo(SILENT_WEEKS);
        assertThat(ecologyIn("2023-03", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31)).reportsMissing())
                .as("weeks 9 to 11 end in March").isEqualTo(3);
    }

    @Test
    void weeksWarnedTogetherLateStillCountEachInItsOwnWeek() {
        for (int week = 2; week < 2 + SILENT_WEEKS; week++) {
            missWeek(week, "2023-03-21T09:" + (10 + week));
        }

        for (int week = 2; week < 2 + SILENT_WEEKS; week++) {
            assertThat(ecologyInWeek(week).reportsMissing()).as("week %d", week).isEqualTo(1);
        }
        assertThat(ecologyInWeek(12).reportsMissing()).isZero();
        assertThat(ecologyInWeek(12).warnings()).isEqualTo(SILENT_WEEKS);
    }

    @Test
    void warningOfTheRulesBefore1Point1CountsOnTheDayItWasIssued() {
        feed.nextEventAt(officeTime("2023-02-15T10:00"))
                .play(SILENT, reportMissed(SILENT, officeTime("2023-01-05T10:00"), 5, 0), Actor.SYSTEM);

        assertThat(ecologyInWeek(7).reportsMissing()).isEqualTo(1);
        assertThat(ecologyInWeek(6).reportsMissing()).isZero();
    }

    @Test
    void returnsAndReassignmentsAreCountedForTheDepartmentThatHadTheTask() {
        feed.nextEventAt(officeTime("2023-01-10T10:00")).assign("task-r",
                task("入河排污口排查", TaskCategory.MAJOR_PRIORITY, ECOLOGY, VICE_MAYOR_LI, END_OF_JUNE));
        feed.play("task-r", returned("task-r", ECOLOGY, "属住建部门职责", HOUSING));
        feed.play("task-r", reassigned("task-r", ECOLOGY, HOUSING, null));
        feed.play("task-r", new ProgressReportedEvent("task-r", "r-1", HOUSING, 10, "已开展排查", null));

        PeriodicBriefing week = queries.handle(new PeriodicBriefingQuery(name(2), monday(2), monday(2).plusDays(6)));
        assertThat(week.departments()).containsExactly(
                new BriefingLine(HOUSING, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                new BriefingLine(ECOLOGY, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1));
        assertThat(week.total().returns()).isEqualTo(1);
        assertThat(week.total().reassignments()).isEqualTo(1);
    }

    @Test
    void replayCountsTheSameMissedWeeks() {
        for (int week = 2; week < 2 + SILENT_WEEKS; week++) {
            missWeek(week, monday(week + 1) + "T00:30");
        }

        feed.replay();

        assertThat(ecologyIn("2023-Q1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31)).reportsMissing())
                .isEqualTo(SILENT_WEEKS);
        assertThat(ecologyInWeek(2).reportsMissing()).isEqualTo(1);
    }
}
