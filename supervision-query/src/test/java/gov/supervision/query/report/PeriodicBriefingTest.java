package gov.supervision.query.report;

import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskClosedEvent;
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

import static gov.supervision.query.QueryFixtures.END_OF_JUNE;
import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.TRANSPORT;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_WANG;
import static gov.supervision.query.QueryFixtures.dueSoon;
import static gov.supervision.query.QueryFixtures.id;
import static gov.supervision.query.QueryFixtures.officeTime;
import static gov.supervision.query.QueryFixtures.redUnresolved;
import static gov.supervision.query.QueryFixtures.reportMissed;
import static gov.supervision.query.QueryFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * One history around week 5 of 2023 (Monday 30 January to Sunday 5 February), with events just either side of
 * its edges at the office's midnight, and a first quarter around it.
 */
@ReportsOnH2
class PeriodicBriefingTest {

    private static final LocalDate WEEK_5_MONDAY = LocalDate.of(2023, 1, 30);
    private static final LocalDate WEEK_5_SUNDAY = LocalDate.of(2023, 2, 5);

    @Autowired
    private ReportProjection projection;
    @Autowired
    private ReportQueries queries;
    @Autowired
    private TestEntityManager entityManager;

    private QueryFixtures.Feed feed;

    @BeforeEach
    void playTheFirstQuarter() {
        feed = new QueryFixtures.Feed(entityManager, projection);
        String renewal = assign(HOUSING, "老旧小区改造", "2023-01-10T10:00");
        String buses = assign(TRANSPORT, "公交线网优化", "2023-01-10T11:00");
        // Sunday before the week, late evening: not in the week.
        at("2023-01-29T23:30", renewal, report(renewal, 20));
        String lifts = assign(HOUSING, "加装电梯", "2023-01-30T09:00");
        at("2023-01-31T10:00", renewal, report(renewal, 40));
        at("2023-02-01T10:00", buses, reportMissed(buses, officeTime("2023-01-10T11:00"), 1, 0));
        at("2023-02-02T10:00", lifts, dueSoon(lifts, END_OF_JUNE));
        at("2023-02-03T10:00", buses, reportMissed(buses, officeTime("2023-01-10T11:00"), 2, 0));
        at("2023-02-03T11:00", buses, redUnresolved(buses, 1, officeTime("2023-01-27T11:00"), 1));
        at("2023-02-05T22:30", renewal, new CompletionRequestedEvent(renewal, "c-1", "完成", List.of()));
        // The Sunday's last hour belongs to the week; the Monday's first, though still the 5th in UTC, does not.
        at("2023-02-05T23:30", renewal, new CompletionApprovedEvent(renewal, "c-1", "同意办结"));
        at("2023-02-06T00:30", renewal, new TaskClosedEvent(renewal, null, "销号"));
        at("2023-03-15T10:00", buses, report(buses, 50));
        assign(HOUSING, "背街小巷整治", "2023-04-01T00:30");
    }

    private String assign(String department, String title, String officeTime) {
        String taskId = id();
        feed.nextEventAt(officeTime(officeTime))
                .assign(taskId, task(title, TaskCategory.MAJOR_PRIORITY, department, VICE_MAYOR_WANG, END_OF_JUNE));
        return taskId;
    }

    private void at(String officeTime, String taskId, Object event) {
        feed.nextEventAt(officeTime(officeTime)).play(taskId, event);
    }

    private static ProgressReportedEvent report(String taskId, int percent) {
        return new ProgressReportedEvent(taskId, id(), HOUSING, percent, "进展" + percent, null);
    }

    @Test
    void weeklyBriefingCountsTheWeeksEventsPerDepartmentAndInTotal() {
        PeriodicBriefing week = queries.handle(new PeriodicBriefingQuery("2023-W05", WEEK_5_MONDAY, WEEK_5_SUNDAY));

        assertThat(week.period()).isEqualTo("2023-W05");
        assertThat(week.from()).isEqualTo(WEEK_5_MONDAY);
        assertThat(week.to()).isEqualTo(WEEK_5_SUNDAY);
        assertThat(week.departments()).containsExactly(
                new BriefingLine(TRANSPORT, 0, 0, 2, 2, 1, 1, 1, 0, 0),
                new BriefingLine(HOUSING, 1, 1, 0, 1, 1, 0, 0, 1, 0));
        assertThat(week.total()).isEqualTo(new BriefingLine(null, 1, 1, 2, 3, 2, 1, 1, 1, 0));
    }

    @Test
    void quarterlyBriefingCountsTheQuartersEventsPerDepartmentAndInTotal() {
        PeriodicBriefing quarter = queries.handle(
                new PeriodicBriefingQuery("2023-Q1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31)));

        assertThat(quarter.departments()).containsExactly(
                new BriefingLine(TRANSPORT, 1, 1, 2, 2, 1, 1, 1, 0, 0),
                new BriefingLine(HOUSING, 2, 2, 0, 1, 1, 0, 0, 1, 1));
        assertThat(quarter.total()).isEqualTo(new BriefingLine(null, 3, 3, 2, 3, 2, 1, 1, 1, 1));
    }

    @Test
    void periodWithNothingInItHasNoDepartmentsAndAZeroTotal() {
        PeriodicBriefing december = queries.handle(
                new PeriodicBriefingQuery("2022-12", LocalDate.of(2022, 12, 1), LocalDate.of(2022, 12, 31)));

        assertThat(december.departments()).isEmpty();
        assertThat(december.total()).isEqualTo(new BriefingLine(null, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void periodEndingBeforeItBeginsIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> queries.handle(
                new PeriodicBriefingQuery("?", WEEK_5_SUNDAY, WEEK_5_MONDAY)));
    }
}
