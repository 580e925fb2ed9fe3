package gov.supervision.query.report;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.task.AccountabilityRecordedEvent;
import gov.supervision.core.api.task.AccountabilityType;
import gov.supervision.core.api.task.Complexity;
import gov.supervision.core.api.task.CompletionApprovedEvent;
import gov.supervision.core.api.task.CompletionRequestedEvent;
import gov.supervision.core.api.task.EscalationLevel;
import gov.supervision.core.api.task.ExcusedFailure;
import gov.supervision.core.api.task.ExtensionGrantedEvent;
import gov.supervision.core.api.task.ExtensionRequestedEvent;
import gov.supervision.core.api.task.LiftReason;
import gov.supervision.core.api.task.ProgressReportedEvent;
import gov.supervision.core.api.task.TaskAssignedEvent;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.core.api.task.TaskClosedEvent;
import gov.supervision.core.api.task.WarningIssuedEvent;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.query.QueryFixtures;
import gov.supervision.core.api.assessment.AssessmentWeights;
import gov.supervision.query.api.report.DepartmentAssessment;
import gov.supervision.query.api.report.DepartmentReport;
import gov.supervision.query.api.report.DepartmentReportQuery;
import gov.supervision.query.api.report.PeriodicBriefingQuery;
import gov.supervision.query.api.report.SchemeVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static gov.supervision.query.QueryFixtures.ECOLOGY;
import static gov.supervision.query.QueryFixtures.END_OF_JUNE;
import static gov.supervision.query.QueryFixtures.FIRST_EVENT_AT;
import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.HOUSING_OFFICER;
import static gov.supervision.query.QueryFixtures.TRANSPORT;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_WANG;
import static gov.supervision.query.QueryFixtures.byHand;
import static gov.supervision.query.QueryFixtures.dueSoon;
import static gov.supervision.query.QueryFixtures.escalatedByHand;
import static gov.supervision.query.QueryFixtures.id;
import static gov.supervision.query.QueryFixtures.lifted;
import static gov.supervision.query.QueryFixtures.officeTime;
import static gov.supervision.query.QueryFixtures.overdue;
import static gov.supervision.query.QueryFixtures.redUnresolved;
import static gov.supervision.query.QueryFixtures.reportMissed;
import static gov.supervision.query.QueryFixtures.task;
import static gov.supervision.query.QueryFixtures.withCodes;
import static org.assertj.core.api.Assertions.assertThat;

@ReportsOnH2
class DepartmentReportTest {

    @Autowired
    private ReportProjection projection;
    @Autowired
    private ReportQueries queries;
    @Autowired
    private TestEntityManager entityManager;

    private QueryFixtures.Feed feed;

    @BeforeEach
    void setUp() {
        feed = new QueryFixtures.Feed(entityManager, projection);
    }

    private String assign(String department, String title, LocalDate dueDate, Instant at) {
        String taskId = id();
        feed.nextEventAt(at).assign(taskId, task(title, TaskCategory.MAJOR_PRIORITY, department, VICE_MAYOR_WANG,
                dueDate));
        return taskId;
    }

    /** Assigned in early January 2023, an hour after the feed's last event. */
    private String assign(String department, String title) {
        String taskId = id();
        feed.assign(taskId, task(title, TaskCategory.MAJOR_PRIORITY, department, VICE_MAYOR_WANG, END_OF_JUNE));
        return taskId;
    }

    private void approve(String taskId, Instant at) {
        String requestId = id();
        feed.nextEventAt(at.minus(Duration.ofMinutes(10)))
                .play(taskId, new CompletionRequestedEvent(taskId, requestId, "已完成", List.of()));
        feed.nextEventAt(at).play(taskId, new CompletionApprovedEvent(taskId, requestId, "同意办结"));
    }

    private void close(String taskId) {
        feed.play(taskId, new TaskClosedEvent(taskId, null, "销号"));
    }

    /** Approves the completion request already made. */
    private void approveRequested(String taskId, Instant at) {
        feed.nextEventAt(at).play(taskId, new CompletionApprovedEvent(taskId, id(), "同意办结"));
    }

    private void requestCompletion(String taskId, Instant at) {
        feed.nextEventAt(at).play(taskId, new CompletionRequestedEvent(taskId, id(), "已完成", List.of()));
    }

    private void extend(String taskId, Instant askedAt, Instant grantedAt) {
        String requestId = id();
        feed.nextEventAt(askedAt).play(taskId, new ExtensionRequestedEvent(taskId, requestId, END_OF_JUNE,
                END_OF_JUNE.plusMonths(1), "拆迁延误"));
        feed.nextEventAt(grantedAt).play(taskId, new ExtensionGrantedEvent(taskId, requestId, END_OF_JUNE,
                END_OF_JUNE.plusMonths(1), END_OF_JUNE, "同意"));
    }

    private void record(String taskId, AccountabilityType type) {
        feed.play(taskId, new AccountabilityRecordedEvent(taskId, id(), type, "张科长", "履职情况"));
    }

    private DepartmentReport report(int year) {
        return queries.handle(new DepartmentReportQuery(year));
    }

    private DepartmentAssessment of(String department, int year) {
        return report(year).departments().stream()
                .filter(line -> department.equals(line.department()))
                .findFirst().orElseThrow();
    }

    @Test
    void closedOnTimeCountsTheDayOfTheCompletionRequestInTheOfficeZone() {
        String approvedLateEveningOnTheDueDay = assign(HOUSING, "背街小巷整治");
        String approvedJustAfterMidnight = assign(HOUSING, "二次供水改造");
        String approvedButNotClosed = assign(HOUSING, "加装电梯");
        approve(approvedLateEveningOnTheDueDay, officeTime("2023-06-30T23:30"));
        // 16:30 on 30 June in UTC, yet already 1 July where the office counts the days.
        approve(approvedJustAfterMidnight, officeTime("2023-07-01T00:30"));
        approve(approvedButNotClosed, officeTime("2023-07-11T10:00"));
        close(approvedLateEveningOnTheDueDay);
        close(approvedJustAfterMidnight);

        DepartmentAssessment housing = of(HOUSING, 2023);

        assertThat(housing.assigned()).isEqualTo(3);
        assertThat(housing.closed()).isEqualTo(2);
        assertThat(housing.closedOnTime()).isEqualTo(1);
    }

    @Test
    void aCompletionRequestedByTheDueDateIsOnTimeWhenApprovedAfterIt() {
        String verifiedLate = assign(HOUSING, "老旧小区改造");
        String requestedLate = assign(HOUSING, "背街小巷整治");
        requestCompletion(verifiedLate, officeTime("2023-06-30T23:00"));
        requestCompletion(requestedLate, officeTime("2023-07-01T09:00"));
        approveRequested(verifiedLate, officeTime("2023-07-12T10:00"));
        approveRequested(requestedLate, officeTime("2023-07-12T11:00"));
        close(verifiedLate);
        close(requestedLate);

        assertThat(of(HOUSING, 2023).closedOnTime()).isEqualTo(1);
    }

    @Test
    void anExtensionAskedForInTimeMovesTheOnTimeDateAndOneAskedAfterItDoesNot() {
        String askedInTime = assign(HOUSING, "老旧小区改造");
        String askedLate = assign(HOUSING, "背街小巷整治");
        extend(askedInTime, officeTime("2023-06-30T18:00"), officeTime("2023-07-03T10:00"));
        extend(askedLate, officeTime("2023-07-04T09:00"), officeTime("2023-07-04T10:00"));
        requestCompletion(askedInTime, officeTime("2023-07-20T10:00"));
        requestCompletion(askedLate, officeTime("2023-07-20T11:00"));
        approveRequested(askedInTime, officeTime("2023-07-21T10:00"));
        approveRequested(askedLate, officeTime("2023-07-21T11:00"));
        close(askedInTime);
        close(askedLate);

        assertThat(of(HOUSING, 2023).closedOnTime()).isEqualTo(1);
    }

    @Test
    void aSubtaskADepartmentMakesForItselfIsNotInItsTaskCounts() {
        String parent = assign(HOUSING, "城市更新");
        String own = id();
        feed.play(own, new TaskAssignedEvent(own, parent, task("片区方案", TaskCategory.MAJOR_PRIORITY, HOUSING,
                VICE_MAYOR_WANG, END_OF_JUNE), Set.of(), Set.of()));
        String forTheCounty = id();
        feed.play(forTheCounty, new TaskAssignedEvent(forTheCounty, parent, task("区级实施", TaskCategory.MAJOR_PRIORITY,
                TRANSPORT, VICE_MAYOR_WANG, END_OF_JUNE), Set.of(), Set.of()));

        assertThat(of(HOUSING, 2023).assigned()).isEqualTo(1);
        assertThat(of(TRANSPORT, 2023).assigned()).isEqualTo(1);
    }

    @Test
    void anEscalationTheDepartmentAskedForItselfCostsItNothingButIsCounted() {
        String renewal = assign(HOUSING, "老旧小区改造");
        feed.play(renewal, escalatedByHand(renewal, "e-asked", EscalationLevel.LEADER, "需市级协调资金"), HOUSING_OFFICER);
        feed.play(renewal, escalatedByHand(renewal, "e-office", EscalationLevel.CITY_GOVERNMENT, "进度滞后"));

        DepartmentAssessment housing = of(HOUSING, 2023);
        assertThat(housing.escalations()).isEqualTo(1);
        assertThat(housing.escalationsAsked()).isEqualTo(1);
        assertThat(queries.handle(new PeriodicBriefingQuery("2023", LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31))).departments().stream()
                .filter(line -> HOUSING.equals(line.department()))
                .findFirst().orElseThrow().escalations()).as("the briefing counts every escalation").isEqualTo(2);
    }

    @Test
    void overdueCountsOpenTasksWhoseOverdueWarningIsStillInForce() {
        String stillOverdue = assign(HOUSING, "老旧小区改造");
        String extended = assign(HOUSING, "背街小巷整治");
        String approvedLate = assign(HOUSING, "二次供水改造");
        String onlyDueSoon = assign(HOUSING, "加装电梯");
        WarningIssuedEvent extendedOverdue = overdue(extended, END_OF_JUNE);
        feed.nextEventAt(officeTime("2023-06-27T08:00")).play(onlyDueSoon, dueSoon(onlyDueSoon, END_OF_JUNE));
        feed.nextEventAt(officeTime("2023-07-01T00:05")).play(stillOverdue, overdue(stillOverdue, END_OF_JUNE));
        feed.play(extended, extendedOverdue);
        feed.play(approvedLate, overdue(approvedLate, END_OF_JUNE));
        feed.play(extended, new ExtensionGrantedEvent(extended, id(), END_OF_JUNE, END_OF_JUNE.plusMonths(2),
                END_OF_JUNE, "同意延期"));
        feed.play(extended, lifted(extendedOverdue, LiftReason.EXTENSION_GRANTED));
        approve(approvedLate, officeTime("2023-07-05T10:00"));

        assertThat(of(HOUSING, 2023).overdue()).isEqualTo(1);

        close(approvedLate);

        assertThat(of(HOUSING, 2023).overdue()).isEqualTo(1);
    }

    @Test
    void warningsAreCountedByLevelAndAMissedReportAsAWarningOfItsLevel() {
        String renewal = assign(HOUSING, "老旧小区改造");
        String lifts = assign(HOUSING, "加装电梯");
        feed.play(renewal, reportMissed(renewal, FIRST_EVENT_AT, 1, 0));
        feed.play(renewal, reportMissed(renewal, FIRST_EVENT_AT, 2, 0));
        feed.play(lifts, dueSoon(lifts, END_OF_JUNE));
        feed.play(lifts, byHand(lifts, "w-4", WarningLevel.YELLOW, "进度滞后"));
        feed.play(lifts, byHand(lifts, "w-5", WarningLevel.RED, "群众反映强烈"));
        feed.nextEventAt(officeTime("2023-07-01T00:05")).play(lifts, overdue(lifts, END_OF_JUNE));
        // Still 31 December in UTC, but the new year in the office: two periods missed since a report in autumn.
        feed.nextEventAt(officeTime("2024-01-01T00:30"))
                .play(renewal, reportMissed(renewal, officeTime("2023-10-31T10:00"), 2, 1));

        DepartmentAssessment housing = of(HOUSING, 2023);
        assertThat(housing.yellowWarnings()).as("a reminder that the due date is near is no failure").isEqualTo(2);
        assertThat(housing.redWarnings()).isEqualTo(3);
        assertThat(housing.periodsDue()).as("each period missed is due").isEqualTo(2);
        assertThat(housing.reportTimeliness()).isZero();
        assertThat(housing.yellowPerTask()).as("missed reports weigh in timeliness, the by-hand one here").isEqualTo(0.5);
        assertThat(housing.redPerTask()).isEqualTo(1.0);

        DepartmentAssessment nextYear = of(HOUSING, 2024);
        assertThat(nextYear.assigned()).isZero();
        assertThat(nextYear.yellowWarnings()).isZero();
        assertThat(nextYear.redWarnings()).isEqualTo(1);
    }

    @Test
    void aRecordNamingItsSubjectsDepartmentCountsForThatDepartmentAndNotTheLead() {
        String renewal = assign(HOUSING, "棚户区改造");
        assign(TRANSPORT, "道路配套");
        feed.play(renewal, new AccountabilityRecordedEvent(renewal, id(), AccountabilityType.PUBLIC_COMMENDATION,
                "交通局李某", "主动配合", TRANSPORT, "JTJ", List.of()));
        feed.play(renewal, new AccountabilityRecordedEvent(renewal, id(), AccountabilityType.ADMONISHMENT_TALK,
                "交通局王某", "配合不力", TRANSPORT, "JTJ", List.of()));

        assertThat(of(TRANSPORT, 2023).commendations()).isEqualTo(1);
        assertThat(of(TRANSPORT, 2023).sanctions()).isEqualTo(1);
        assertThat(of(HOUSING, 2023).accountabilityRecords()).isZero();
    }

    @Test
    void aDueDiligenceExemptionExcusesTheFailuresItNamesForItsSubjectDepartmentOnly() {
        String excused = assign(HOUSING, "老旧小区改造");
        String notExcused = assign(HOUSING, "背街小巷整治");
        for (String taskId : List.of(excused, notExcused)) {
            Instant redSince = feed.play(taskId, overdue(taskId, END_OF_JUNE), Actor.SYSTEM);
            feed.play(taskId, redUnresolved(taskId, 1, redSince, 1), Actor.SYSTEM);
        }
        feed.play(excused, new AccountabilityRecordedEvent(excused, id(), AccountabilityType.DUE_DILIGENCE_EXEMPTION,
                "住建局张某", "因上级政策调整延误，已尽职", HOUSING, "ZJJ",
                List.of(ExcusedFailure.OVERDUE, ExcusedFailure.WARNING, ExcusedFailure.ESCALATION)));
        feed.play(notExcused, new AccountabilityRecordedEvent(notExcused, id(),
                AccountabilityType.DUE_DILIGENCE_EXEMPTION, "交通局李某", "配合尽职", TRANSPORT, "JTJ",
                List.of(ExcusedFailure.OVERDUE, ExcusedFailure.WARNING, ExcusedFailure.ESCALATION)));

        DepartmentAssessment housing = of(HOUSING, 2023);
        assertThat(housing.overdue()).as("only the task it was not excused on").isEqualTo(1);
        assertThat(housing.redWarnings()).isEqualTo(1);
        assertThat(housing.escalations()).isEqualTo(1);
    }

    @Test
    void anExemptedTaskCompletedLateCountsAsOnTime() {
        String excused = assign(HOUSING, "老旧小区改造");
        feed.play(excused, new AccountabilityRecordedEvent(excused, id(), AccountabilityType.DUE_DILIGENCE_EXEMPTION,
                "住建局张某", "因上级政策调整延误，已尽职", null, null, List.of(ExcusedFailure.OVERDUE)));
        approve(excused, officeTime("2023-07-20T10:00"));
        close(excused);

        assertThat(of(HOUSING, 2023).closedOnTime()).isEqualTo(1);
    }

    @Test
    void coOperatingDepartmentsAreCreditedWithTheirTasksAndTheReportsTheyMadeOnThem() {
        String withCodes = id();
        feed.assign(withCodes, withCodes(task("城市更新", TaskCategory.MAJOR_PRIORITY, HOUSING, VICE_MAYOR_WANG,
                END_OF_JUNE, TRANSPORT, ECOLOGY), "ZJJ", "JTJ", "HBJ"));
        String byNames = id();
        feed.assign(byNames, task("背街小巷整治", TaskCategory.MAJOR_PRIORITY, HOUSING, VICE_MAYOR_WANG, END_OF_JUNE,
                TRANSPORT));
        feed.play(withCodes, new ProgressReportedEvent(withCodes, id(), "JTJ", 20, "道路配套已开工", null));
        feed.play(withCodes, new ProgressReportedEvent(withCodes, id(), "JTJ", 30, "管线迁改完成", null));
        feed.play(withCodes, new ProgressReportedEvent(withCodes, id(), "ZJJ", 40, "主体推进", null));
        feed.play(byNames, new ProgressReportedEvent(byNames, id(), TRANSPORT, 10, "配合调研", null));

        DepartmentAssessment transport = of(TRANSPORT, 2023);
        assertThat(transport.coTasks()).isEqualTo(2);
        assertThat(transport.coReports()).isEqualTo(3);
        assertThat(transport.assigned()).as("co-operating is not leading").isZero();
        assertThat(of(ECOLOGY, 2023).coTasks()).isEqualTo(1);
        assertThat(of(ECOLOGY, 2023).coReports()).isZero();
        assertThat(of(HOUSING, 2023).coReports()).as("the lead's own reports are not co-operation").isZero();
    }

    @Test
    void escalationsFindingsAndAccountabilityRecordsCountForTheLeadDepartment() {
        String renewal = assign(HOUSING, "老旧小区改造");
        feed.play(renewal, redUnresolved(renewal, 1, FIRST_EVENT_AT, 1));
        feed.play(renewal, escalatedByHand(renewal, "e-2", EscalationLevel.CITY_GOVERNMENT, "跨部门协调"));
        feed.openRectification(id(), "inspection-1", "占道施工", TRANSPORT, renewal, Complexity.GENERAL);
        record(renewal, AccountabilityType.ADMONISHMENT_TALK);
        record(renewal, AccountabilityType.ACCOUNTABILITY);
        record(renewal, AccountabilityType.PUBLIC_COMMENDATION);
        record(renewal, AccountabilityType.RECOMMENDED_FOR_PROMOTION);
        record(renewal, AccountabilityType.DUE_DILIGENCE_EXEMPTION);

        DepartmentAssessment housing = of(HOUSING, 2023);
        assertThat(housing.escalations()).isEqualTo(2);
        assertThat(housing.findings()).isZero();
        assertThat(housing.accountabilityRecords()).isEqualTo(5);
        assertThat(housing.sanctions()).isEqualTo(2);
        assertThat(housing.commendations()).isEqualTo(2);

        DepartmentAssessment transport = of(TRANSPORT, 2023);
        assertThat(transport.findings()).isEqualTo(1);
        assertThat(transport.assigned()).isEqualTo(1);
        assertThat(transport.escalations()).isZero();
        assertThat(transport.accountabilityRecords()).isZero();
    }

    @Test
    void scoreWithTheDefaultWeightsFollowsTheFormulaFromEveryFigure() {
        String onTime = assign(HOUSING, "背街小巷整治");
        String late = assign(HOUSING, "老旧小区改造");
        String behind = assign(HOUSING, "加装电梯");
        feed.openRectification(id(), "inspection-1", "燃气隐患", HOUSING, null, Complexity.GENERAL);
        feed.play(behind, dueSoon(behind, END_OF_JUNE));
        feed.play(behind, reportMissed(behind, FIRST_EVENT_AT, 1, 0));
        record(onTime, AccountabilityType.PUBLIC_COMMENDATION);
        record(late, AccountabilityType.ADMONISHMENT_TALK);
        approve(onTime, officeTime("2023-06-01T10:00"));
        close(onTime);
        Instant redSince = feed.nextEventAt(officeTime("2023-07-01T00:05")).play(late, overdue(late, END_OF_JUNE));
        feed.play(late, redUnresolved(late, 1, redSince, 1));

        DepartmentAssessment housing = of(HOUSING, 2023);

        assertThat(housing).isEqualTo(new DepartmentAssessment(HOUSING, 4, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1,
                // 50 × 1/4 on time + 30 × 0/1 periods reported + 10 (no co-operating task) + 10
                // − 20 × 1/4 overdue − 10 × 0/4 yellow (the missed report weighs in timeliness) − 20 × 1/4 red
                // − 20 × 1/4 escalations − 1 × 1 finding − 5 × 1 sanction + 2 × 1 commendation
                12.5 + 0 + 10 + 10 - 5 - 0 - 5 - 5 - 1 - 5 + 2, 0, 0, 0, 1, 0, 4.0, 0.25, 0.25, 0.0, 0.0, 0.25,
                0.25, 0.25, null, 1, new SchemeVersion("default", 0)));
    }

    @Test
    void taskBelongsToTheYearItWasAssignedInWhereTheOfficeIs() {
        assign(ECOLOGY, "秸秆禁烧", END_OF_JUNE, officeTime("2022-12-31T23:30"));
        // Still 31 December 2022 in UTC.
        assign(HOUSING, "老旧小区改造", END_OF_JUNE, officeTime("2023-01-01T00:30"));

        assertThat(report(2022).departments()).extracting(DepartmentAssessment::department).containsExactly(ECOLOGY);
        assertThat(of(ECOLOGY, 2022).assigned()).isEqualTo(1);
        assertThat(report(2023).departments()).extracting(DepartmentAssessment::department).containsExactly(HOUSING);
        assertThat(of(HOUSING, 2023).assigned()).isEqualTo(1);
    }

    @Test
    void departmentsAreSortedByName() {
        assign(HOUSING, "老旧小区改造");
        assign(ECOLOGY, "黑臭水体治理");
        assign(TRANSPORT, "公交线网优化");

        assertThat(report(2023).departments()).extracting(DepartmentAssessment::department)
                .containsExactly(TRANSPORT, HOUSING, ECOLOGY);
    }

    @Test
    void departmentWithNothingAssignedInTheYearHasNoRatesAndNoRank() {
        String lastYearsTask = assign(ECOLOGY, "黑臭水体治理", END_OF_JUNE, officeTime("2022-11-01T09:00"));
        feed.nextEventAt(officeTime("2023-03-01T09:00"))
                .play(lastYearsTask, escalatedByHand(lastYearsTask, "e-1", EscalationLevel.LEADER, "进展缓慢"));

        DepartmentAssessment ecology = of(ECOLOGY, 2023);

        assertThat(ecology.assigned()).isZero();
        assertThat(ecology.escalations()).isEqualTo(1);
        assertThat(ecology.onTimeRate()).isNull();
        assertThat(ecology.escalationsPerTask()).as("no task of the year to share it").isNull();
        assertThat(ecology.rank()).as("only departments leading tasks of the year are ranked").isNull();
    }

    @Test
    void reportWithoutWeightsSetIsScoredByTheDefaultsAndSaysSo() {
        assign(HOUSING, "老旧小区改造");

        assertThat(report(2023).weights()).isEqualTo(AssessmentWeights.DEFAULT);
        assertThat(report(2023).scheme().version()).isZero();
        // 50 × 0 closed on time + 30 (no period due yet) + 10 (no co-operating task) + 10
        assertThat(report(2023).departments()).singleElement().extracting(DepartmentAssessment::score)
                .isEqualTo(50.0);
    }

    @Test
    void yearWithoutTasksOrFactsHasNoDepartments() {
        assign(HOUSING, "老旧小区改造");

        assertThat(report(2021).departments()).isEmpty();
    }
}
