package gov.supervision.query.report;

import gov.supervision.core.api.task.AccountabilityRecordedEvent;
import gov.supervision.core.api.task.AccountabilityType;
import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.Complexity;
import gov.supervision.core.api.task.ExtensionGrantedEvent;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.RectificationOpenedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskClosedEvent;
import gov.supervision.core.api.task.TaskEscalatedEvent;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.YearEndExplanationRecordedEvent;
import gov.supervision.query.QueryFixtures;
import gov.supervision.query.api.report.DepartmentReport;
import gov.supervision.query.api.report.DepartmentReportQuery;
import gov.supervision.query.api.report.PeriodicBriefing;
import gov.supervision.query.api.report.PeriodicBriefingQuery;
import gov.supervision.query.api.report.YearEndReview;
import gov.supervision.query.api.report.YearEndReviewQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static gov.supervision.query.QueryFixtures.END_OF_JUNE;
import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.LEADER_WANG;
import static gov.supervision.query.QueryFixtures.STREET_OFFICE;
import static gov.supervision.query.QueryFixtures.TRANSPORT;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_WANG;
import static gov.supervision.query.QueryFixtures.id;
import static gov.supervision.query.QueryFixtures.lifted;
import static gov.supervision.query.QueryFixtures.officeTime;
import static gov.supervision.query.QueryFixtures.oldQuarterRenewal;
import static gov.supervision.query.QueryFixtures.overdue;
import static gov.supervision.query.QueryFixtures.redUnresolved;
import static gov.supervision.query.QueryFixtures.reportMissed;
import static gov.supervision.query.QueryFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

/** A year of two departments played once; the reports must not change by a replay or by redelivered events. */
@ReportsOnH2
class ReportReplayTest {

    @Autowired
    private ReportProjection projection;
    @Autowired
    private YearEndExplanations explanations;
    @Autowired
    private ReportQueries queries;
    @Autowired
    private TestEntityManager entityManager;

    private QueryFixtures.Feed feed;
    private final String renewal = id();
    private final String gas = id();
    private final String buses = id();
    private final String rectification = id();

    private final ProgressReportedEvent report = new ProgressReportedEvent(renewal, "r-1", HOUSING, 40, "设计完成", null);
    private final WarningIssuedEvent missed = reportMissed(buses, officeTime("2023-01-05T12:00"), 1, 0);
    private final WarningIssuedEvent overdue = overdue(buses, END_OF_JUNE);
    private final TaskEscalatedEvent toLeader = redUnresolved(buses, 1, officeTime("2023-07-01T00:00"), 1);
    private final RectificationOpenedEvent finding = new RectificationOpenedEvent(rectification, "inspection-1",
            buses, Complexity.GENERAL, LocalDate.of(2023, 7, 1), 7);
    private final AccountabilityRecordedEvent talk = new AccountabilityRecordedEvent(buses, "a-1",
            AccountabilityType.ADMONISHMENT_TALK, "王科长", "进度严重滞后");

    @BeforeEach
    void playTheYear() {
        feed = new QueryFixtures.Feed(entityManager, projection, explanations);
        feed.nextEventAt(officeTime("2023-01-05T09:00")).assign(renewal, oldQuarterRenewal());
        feed.decompose(renewal, gas, task("燃气管道改造", null, STREET_OFFICE, VICE_MAYOR_WANG, LocalDate.of(2023, 5, 31)));
        feed.assign(buses, task("公交线网优化", TaskCategory.BOTTLENECK, TRANSPORT, VICE_MAYOR_WANG, END_OF_JUNE));
        feed.play(renewal, report);
        feed.play(buses, missed);
        feed.play(buses, talk);
        feed.nextEventAt(officeTime("2023-05-30T10:00"))
                .play(gas, new CompletionRequestedEvent(gas, "c-1", "完成", List.of()));
        feed.play(gas, new CompletionApprovedEvent(gas, "c-1", "同意"));
        feed.play(gas, new TaskClosedEvent(gas, renewal, "销号"));
        feed.play(renewal, new ExtensionGrantedEvent(renewal, "x-1", END_OF_JUNE, LocalDate.of(2023, 8, 31),
                END_OF_JUNE, "拆迁延误"));
        feed.nextEventAt(officeTime("2023-07-01T00:05")).play(buses, overdue);
        feed.play(buses, toLeader);
        feed.openRectification(rectification, "inspection-1", "公交站台", TRANSPORT, buses, Complexity.GENERAL);
        WarningIssuedEvent renewalMissed = reportMissed(renewal, officeTime("2023-01-05T15:00"), 1, 1);
        feed.nextEventAt(officeTime("2023-08-20T10:00")).play(renewal, renewalMissed);
        feed.play(renewal, lifted(renewalMissed, LiftReason.REPORT_RECEIVED));
        feed.nextEventAt(officeTime("2023-12-28T10:00"))
                .play(buses, new YearEndExplanationRecordedEvent(buses, 2023, "线路调整需听证"), LEADER_WANG);
    }

    private Reports reports() {
        return new Reports(
                queries.handle(new DepartmentReportQuery(2023)),
                queries.handle(new PeriodicBriefingQuery("2023", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))),
                queries.handle(new PeriodicBriefingQuery("2023-07", LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31))),
                explanations.handle(new YearEndReviewQuery(2023)));
    }

    private record Reports(DepartmentReport year, PeriodicBriefing wholeYear, PeriodicBriefing july,
                           YearEndReview review) {
    }

    @Test
    void resetThenReplayOfEveryEventGivesTheSameReports() {
        Reports before = reports();
        // The three leading departments, and the development commission co-operating on the renewal.
        assertThat(before.year().departments()).hasSize(4);
        assertThat(before.wholeYear().total().warnings()).isEqualTo(3);
        assertThat(before.review().unclosed()).isEqualTo(3);

        feed.replay();

        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void resetLeavesNothingToReport() {
        feed.reset();

        assertThat(reports().year().departments()).isEmpty();
        assertThat(reports().wholeYear().departments()).isEmpty();
        assertThat(reports().review().tasks()).isEmpty();
    }

    @Test
    void redeliveredEventsCountNothingTwice() {
        Reports before = reports();

        feed.redeliver(renewal, 0, new TaskAssignedEvent(renewal, null, oldQuarterRenewal(), Set.of(), Set.of()));
        feed.redeliver(renewal, 2, report);
        feed.redeliver(buses, 1, missed);
        feed.redeliver(buses, 2, talk);
        feed.redeliver(gas, 2, new CompletionApprovedEvent(gas, "c-1", "同意"));
        feed.redeliver(gas, 3, new TaskClosedEvent(gas, renewal, "销号"));
        feed.redeliver(buses, 3, overdue);
        feed.redeliver(buses, 4, toLeader);
        feed.redeliver(rectification, 1, finding);

        assertThat(reports()).isEqualTo(before);
    }

    @Test
    void overdueLiftedAndIssuedAgainOutOfOrderByARedeliveryStaysAsTheTaskStands() {
        feed.play(buses, lifted(overdue, LiftReason.EXTENSION_GRANTED));
        Reports lifted = reports();

        feed.redeliver(buses, 3, overdue);

        assertThat(reports()).isEqualTo(lifted);
        assertThat(lifted.year().departments()).allSatisfy(line -> assertThat(line.overdue()).isZero());
    }
}
