package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static gov.supervision.web.ApiFixtures.task;
import static gov.supervision.web.ApiFixtures.taskPath;
import static gov.supervision.web.ApiFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year of the rules of time, 2023-03-01 to 2024-03-01 on the simulated clock: 30 tasks of 12 departments, driven
 * through the REST API, and every report warning and claim warning checked against a tally this test keeps of its
 * own, from the rules as the office states them, with the official holidays written out here and not read from the
 * product:
 * <ul>
 *   <li>a reporting period (calendar week Monday to Sunday, month or quarter) is reported by a report made within it
 *       by the end of its last working day; the first period owed is the first whole one after the claim;</li>
 *   <li>each period missed raises one {@code REPORT_MISSED} at the end of its last working day, yellow for the first
 *       missed in a row, red from the second; a report made since the last miss starts the row again;</li>
 *   <li>a task not claimed by the end of the third working day after the day of its assignment turns yellow
 *       ({@code NOT_CLAIMED}), red at the end of the second working day after that.</li>
 * </ul>
 * Four departments report every period (on the first, a middle and the last working day, at 23:59 of it, and on
 * make-up weekend days); one is silent all year; five miss periods in patterns (blocks, alternate months, the weeks
 * with a holiday, the weeks with a make-up day, late reports the day after a period was due); two have tasks
 * claimed on the third and fourth working day or never, assigned before May Day, the Dragon Boat Festival,
 * National Day and the Spring Festival. The monthly briefings must count every missed period in the month it ends.
 * <p>
 * Beside the plan, the emergency bureau completes a red-line task on time and is commended, and the commerce bureau
 * lets a task run overdue; the assessment of 2023 is read on the evening of 31 December, on 3 January and at the
 * end, a stricter scheme is recorded on 5 January, and every department's figures and score are checked against a
 * tally of the plan weighed by the scheme the product publishes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeRulesYearTest extends AuditTestBase {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    private static final Instant END = Instant.parse("2024-03-01T01:00:00Z");
    private static final String DUE = "2024-03-29";

    /** 国务院办公厅 notices for 2023 and 2024, as far as the year runs. */
    private static final Set<LocalDate> HOLIDAYS = dates("2023-04-05", "2023-04-29", "2023-04-30", "2023-05-01",
            "2023-05-02", "2023-05-03", "2023-06-22", "2023-06-23", "2023-06-24", "2023-09-29", "2023-09-30",
            "2023-10-01", "2023-10-02", "2023-10-03", "2023-10-04", "2023-10-05", "2023-10-06", "2024-01-01",
            "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14", "2024-02-15", "2024-02-16",
            "2024-02-17");
    private static final Set<LocalDate> MAKE_UP_DAYS = dates("2023-04-23", "2023-05-06", "2023-06-25",
            "2023-10-07", "2023-10-08", "2024-02-04", "2024-02-18");

    private static final String EMERGENCY = "全年市应急管理局";
    private static final String FINANCE = "全年市财政局";
    private static final String TRANSPORT = "全年市交通运输局";
    private static final String EDUCATION = "全年市教育局";
    private static final String COMMERCE = "全年市商务局";
    private static final String HOUSING = "全年市住房城乡建设局";
    private static final String HEALTH = "全年市卫生健康委";
    private static final String WATER = "全年市水务局";
    private static final String CULTURE = "全年市文化和旅游局";
    private static final String MARKET = "全年市市场监督管理局";
    private static final String CIVIL_AFFAIRS = "全年市民政局";
    private static final String JUSTICE = "全年市司法局";
    private static final List<String> DILIGENT = List.of(EMERGENCY, FINANCE, TRANSPORT, EDUCATION);
    private static final List<String> DEPARTMENTS = List.of(EMERGENCY, FINANCE, TRANSPORT, EDUCATION, COMMERCE,
            HOUSING, HEALTH, WATER, CULTURE, MARKET, CIVIL_AFFAIRS, JUSTICE);

    private static final Instant CUT_OFF_2023 = Instant.parse("2023-12-31T16:00:00Z");
    private static final LocalDate COMMERCE_OVERDUE_DUE = LocalDate.of(2023, 5, 31);

    private final List<PlannedTask> plan = new ArrayList<>();
    private final TreeMap<Instant, List<Runnable>> officeWork = new TreeMap<>();
    private final Map<String, JsonNode> assessments = new LinkedHashMap<>();
    private String redLineTask;
    private String overdueTask;

    @BeforeAll
    void aYearOfReporting() {
        connect();
        Instant t0 = ApiTestBase.NOW;
        diligent(EMERGENCY, "WEEKLY", "WEEKLY", "WEEKLY");
        diligent(FINANCE, "WEEKLY", "WEEKLY", "MONTHLY");
        diligent(TRANSPORT, "MONTHLY", "MONTHLY", "QUARTERLY");
        diligent(EDUCATION, "WEEKLY", "QUARTERLY", "QUARTERLY");
        missing(COMMERCE, "WEEKLY", (i, p) -> true, false);
        missing(COMMERCE, "MONTHLY", (i, p) -> true, false);
        missing(HOUSING, "WEEKLY", (i, p) -> i % 4 == 3, false);
        missing(HOUSING, "MONTHLY", (i, p) -> Set.of("2023-06", "2023-07").contains(p.key()), false);
        missing(HEALTH, "WEEKLY", (i, p) -> (i >= 3 && i <= 7) || i == 25 || i == 26, false);
        missing(HEALTH, "QUARTERLY", (i, p) -> p.key().equals("2023-Q3"), false);
        missing(WATER, "MONTHLY", (i, p) -> i % 2 == 1, false);
        missing(WATER, "MONTHLY", (i, p) -> i <= 2, false);
        missing(CULTURE, "WEEKLY", (i, p) -> p.days().anyMatch(HOLIDAYS::contains), false);
        missing(CULTURE, "WEEKLY", (i, p) -> p.days().anyMatch(MAKE_UP_DAYS::contains), false);
        missing(MARKET, "WEEKLY", (i, p) -> i % 5 == 2, true);
        missing(MARKET, "WEEKLY", (i, p) -> i % 7 == 0, false);
        claimLimit(CIVIL_AFFAIRS, at("2023-09-28", "10:00"), null);
        claimLimit(CIVIL_AFFAIRS, at("2023-04-28", "10:00"), null);
        claimLimit(CIVIL_AFFAIRS, t0, at("2023-03-06", "23:00"));
        claimLimit(JUSTICE, t0, at("2023-03-07", "10:00"));
        claimLimit(JUSTICE, at("2024-02-08", "10:00"), null);
        claimLimit(JUSTICE, at("2023-06-21", "10:00"), null);
        assertThat(plan).hasSizeGreaterThanOrEqualTo(30);
        officeWorkBesideThePlan(t0);

        playThroughTheYear(t0);
    }

    @Test
    void aDepartmentReportingEveryPeriodHasNoReportWarning() {
        for (PlannedTask task : plan) {
            if (DILIGENT.contains(task.department)) {
                assertThat(task.reportWarnings).as("%s %s", task.department, task.cadence).isEmpty();
                assertThat(reportWarningsOf(task)).as("%s %s", task.department, task.cadence).isEmpty();
            }
        }
    }

    @Test
    void everyMissedPeriodRaisesExactlyOneWarningYellowFirstInARowThenRed() {
        int periodsMissed = 0;
        for (PlannedTask task : plan) {
            assertThat(reportWarningsOf(task)).as("%s %s (%s)", task.department, task.cadence, task.taskId)
                    .isEqualTo(task.reportWarnings);
            periodsMissed += task.reportWarnings.size();
        }
        assertThat(periodsMissed).as("the year has silent periods to count").isGreaterThan(100);
    }

    @Test
    void aTaskNotClaimedTurnsYellowAtTheEndOfTheThirdWorkingDayAndRedTwoWorkingDaysLater() {
        int claimWarnings = 0;
        for (PlannedTask task : plan) {
            List<String> raised = new ArrayList<>();
            for (JsonNode entry : warningsOf(task, "NOT_CLAIMED")) {
                raised.add(entry.get("payload").get("level").asText() + "@" + entry.get("occurredAt").asText());
            }
            assertThat(raised).as("%s assigned %s", task.department, task.assignAt).isEqualTo(task.claimWarnings);
            claimWarnings += task.claimWarnings.size();
        }
        // Two each for the four tasks never claimed, one for the task claimed on the fourth working day.
        assertThat(claimWarnings).isEqualTo(9);
    }

    @Test
    void everyMonthlyBriefingCountsEveryPeriodMissedThatEndedInTheMonth() {
        for (YearMonth month = YearMonth.of(2023, 3); month.isBefore(YearMonth.of(2024, 3)); month = month.plusMonths(1)) {
            Map<String, Long> expected = new TreeMap<>();
            DEPARTMENTS.forEach(department -> expected.put(department, 0L));
            for (PlannedTask task : plan) {
                for (Map.Entry<Period, String> missed : task.missedPeriods.entrySet()) {
                    if (YearMonth.from(missed.getKey().end()).equals(month)) {
                        expected.merge(task.department, 1L, Long::sum);
                    }
                }
            }
            String period = month.toString();
            Map<String, Long> counted = ApiClient.await(() -> reportsMissing(period), expected::equals);
            assertThat(counted).as(period).isEqualTo(expected);
        }
    }

    // --- the plan: what each department does, and what the rules make of it ---------------------------------

    private void diligent(String department, String... cadences) {
        for (String cadence : cadences) {
            missing(department, cadence, (i, p) -> false, false);
        }
    }

    /** A task claimed at once; its periods chosen by {@code missed} go unreported, or reported the day after. */
    private void missing(String department, String cadence, MissedPeriods missed, boolean lateInstead) {
        PlannedTask task = new PlannedTask(department, cadence, ApiTestBase.NOW, ApiTestBase.NOW);
        List<Period> owed = periodsOwed(cadence, day(task.claimAt));
        task.owed.addAll(owed);
        for (int i = 0; i < owed.size(); i++) {
            Period period = owed.get(i);
            if (!missed.test(i, period)) {
                task.reports.add(reportInstant(period, i));
            } else if (lateInstead && at(lastWorkingDay(period).plusDays(1), LocalTime.of(10, 10)).isBefore(END)) {
                task.reports.add(at(lastWorkingDay(period).plusDays(1), LocalTime.of(10, 10)));
            }
        }
        tally(task, owed);
        plan.add(task);
    }

    private void claimLimit(String department, Instant assignAt, Instant claimAt) {
        PlannedTask task = new PlannedTask(department, "NONE", assignAt, claimAt);
        Instant yellow = startOf(workingDaysAfter(day(assignAt), 3).plusDays(1));
        Instant red = startOf(workingDaysAfter(day(assignAt), 5).plusDays(1));
        for (Map.Entry<String, Instant> limit : Map.of("YELLOW", yellow, "RED", red).entrySet()) {
            if ((claimAt == null || !claimAt.isBefore(limit.getValue())) && !limit.getValue().isAfter(END)) {
                task.claimWarnings.add(limit.getKey() + "@" + limit.getValue());
            }
        }
        task.claimWarnings.sort(Comparator.comparing(warning -> warning.substring(warning.indexOf('@'))));
        plan.add(task);
    }

    /** The tally: one warning per period missed, yellow when the row starts, red while it goes on. */
    private static void tally(PlannedTask task, List<Period> owed) {
        int inARow = 0;
        Instant lastWarning = null;
        for (Period period : owed) {
            Instant due = startOf(lastWorkingDay(period).plusDays(1));
            if (reportBetween(task.reports, startOf(period.start()), due)) {
                inARow = 0;
                continue;
            }
            if (lastWarning != null && reportBetween(task.reports, lastWarning, due)) {
                inARow = 0;
            }
            inARow++;
            String level = inARow == 1 ? "YELLOW" : "RED";
            task.reportWarnings.put(period.key(), level);
            task.missedPeriods.put(period, level);
            lastWarning = due;
        }
    }

    private static boolean reportBetween(List<Instant> reports, Instant from, Instant until) {
        return reports.stream().anyMatch(report -> !report.isBefore(from) && report.isBefore(until));
    }

    /** On a make-up day when the period has one (every other period), else its first, a middle or last working day. */
    private static Instant reportInstant(Period period, int index) {
        List<LocalDate> working = period.days().filter(TimeRulesYearTest::isWorkingDay).toList();
        List<LocalDate> makeUp = working.stream().filter(MAKE_UP_DAYS::contains).toList();
        if (!makeUp.isEmpty() && index % 2 == 0) {
            return at(makeUp.get(0), LocalTime.of(10, 0));
        }
        return switch (index % 3) {
            case 0 -> at(working.get(0), LocalTime.of(9, 30));
            case 1 -> at(working.get(working.size() - 1), LocalTime.of(23, 59));
            default -> at(working.get(working.size() / 2), LocalTime.of(15, 0));
        };
    }

    /** The periods owed from the first whole one after the claim day, as far as they fall due within the year. */
    private static List<Period> periodsOwed(String cadence, LocalDate claimDay) {
        List<Period> periods = new ArrayList<>();
        if (cadence.equals("NONE")) {
            return periods;
        }
        Period period = containing(cadence, claimDay).next();
        while (!startOf(lastWorkingDay(period).plusDays(1)).isAfter(END)) {
            periods.add(period);
            period = period.next();
        }
        return periods;
    }

    private static Period containing(String cadence, LocalDate day) {
        return switch (cadence) {
            case "WEEKLY" -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Period(cadence, String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), monday, monday.plusDays(6));
            }
            case "MONTHLY" -> new Period(cadence, YearMonth.from(day).toString(), day.withDayOfMonth(1),
                    YearMonth.from(day).atEndOfMonth());
            default -> {
                int quarter = (day.getMonthValue() - 1) / 3;
                LocalDate first = LocalDate.of(day.getYear(), quarter * 3 + 1, 1);
                yield new Period(cadence, day.getYear() + "-Q" + (quarter + 1), first,
                        first.plusMonths(3).minusDays(1));
            }
        };
    }

    private static boolean isWorkingDay(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return MAKE_UP_DAYS.contains(day) || (!weekend && !HOLIDAYS.contains(day));
    }

    private static LocalDate lastWorkingDay(Period period) {
        LocalDate day = period.end();
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        assertThat(day).as("a working day in %s", period.key()).isAfterOrEqualTo(period.start());
        return day;
    }

    private static LocalDate workingDaysAfter(LocalDate day, int count) {
        LocalDate result = day;
        for (int found = 0; found < count; ) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                found++;
            }
        }
        return result;
    }

    // --- the assessment of 2023 ------------------------------------------------------------------------------

    @Test
    void theAssessmentOf2023MatchesATallyOfThePlanWeighedByThePublishedScheme() {
        JsonNode year = api.get("/api/v1/reports/departments?year=2023", tokens.auditor()).json();
        JsonNode scheme = schemeInForce(CUT_OFF_2023);
        assertThat(year.get("scheme").get("version").asInt()).isEqualTo(scheme.get("version").asInt());
        for (String department : DEPARTMENTS) {
            Tally tally = tally(department, scheme);
            JsonNode row = rowOf(year, department);
            assertThat(List.of(row.get("assigned").asLong(), row.get("closedOnTime").asLong(),
                    row.get("overdue").asLong(), row.get("yellowWarnings").asLong(), row.get("redWarnings").asLong(),
                    row.get("escalations").asLong(), row.get("periodsDue").asLong(),
                    row.get("periodsReported").asLong(), row.get("commendations").asLong()))
                    .as(department).containsExactly(tally.assigned, tally.onTime, tally.overdue, tally.yellow,
                            tally.red, tally.escalations, tally.periodsReported + tally.periodsMissed,
                            tally.periodsReported, tally.commendations);
            assertThat(row.get("score").asDouble()).as(department + " score").isEqualTo(tally.score(scheme));
        }
    }

    @Test
    void theDiligentDepartmentRanksFirstAndDepartmentsThatDifferNeverShareAPlace() {
        JsonNode year = api.get("/api/v1/reports/departments?year=2023", tokens.supervisor()).json();
        List<JsonNode> ranked = new ArrayList<>();
        for (String department : DEPARTMENTS) {
            ranked.add(rowOf(year, department));
        }
        assertThat(rowOf(year, EMERGENCY).get("rank").asInt()).isEqualTo(1);
        assertThat(ranked).filteredOn(row -> row.get("rank").asInt() == 1).hasSize(1);
        for (JsonNode one : ranked) {
            for (JsonNode other : ranked) {
                if (one != other && !counts(one).equals(counts(other))) {
                    assertThat(one.get("rank").asInt()).as("%s and %s", one.get("department"),
                            other.get("department")).isNotEqualTo(other.get("rank").asInt());
                }
            }
        }
    }

    @Test
    void theYearReadOnItsLastEveningOnTheThirdOfJanuaryAndAfterASchemeChangeIsTheSame() {
        JsonNode atTheEnd = api.get("/api/v1/reports/departments?year=2023", tokens.auditor()).json();
        JsonNode asOfTheLastEvening = api.get("/api/v1/reports/departments?year=2023&asOf="
                + at("2023-12-31", "23:00"), tokens.auditor()).json();

        assertThat(assessments.get("2023-12-31 23:00").get("frozen").asBoolean()).isFalse();
        assertThat(assessments.get("2024-01-03").get("frozen").asBoolean()).isTrue();
        assertThat(assessments.get("2023-12-31 23:00").get("departments"))
                .isEqualTo(assessments.get("2024-01-03").get("departments"))
                .isEqualTo(atTheEnd.get("departments"))
                .isEqualTo(asOfTheLastEvening.get("departments"));
        assertThat(atTheEnd.get("scheme").get("version").asInt()).as("the version in force at the cut-off").isZero();
        assertThat(api.get("/api/v1/reports/departments?year=2024", tokens.auditor()).json().get("scheme")
                .get("version").asInt()).as("the new version scores the year under way").isEqualTo(1);
    }

    /** A red-line task the emergency bureau completes early and is commended for; a task commerce lets run over. */
    private void officeWorkBesideThePlan(Instant t0) {
        at(t0, () -> {
            redLineTask = assignOnce("应急预案修订", EMERGENCY, "RED_LINE", "2023-06-30");
            overdueTask = assignOnce("商贸网点布局", COMMERCE, "MAJOR_PRIORITY", COMMERCE_OVERDUE_DUE.toString());
        });
        at(at("2023-06-01", "10:00"), () -> {
            String department = tokens.department(EMERGENCY);
            String request = api.post(taskPath(redLineTask, "completion-requests"), department,
                    Map.of("summary", "预案已修订印发")).json().get("requestId").asText();
            version(api.post(taskPath(redLineTask, "completion-requests/" + request + "/decision"),
                    tokens.supervisor(), Map.of("approved", true)));
            version(api.post(taskPath(redLineTask, "accountability-records"), tokens.supervisor(),
                    Map.of("type", "PUBLIC_COMMENDATION", "subject", "应急管理局", "reason", "提前完成")));
        });
        at(at("2023-12-31", "23:00"), () -> assessments.put("2023-12-31 23:00", assessmentOnceCaughtUp()));
        at(at("2024-01-03", "10:00"), () -> assessments.put("2024-01-03", assessmentOnceCaughtUp()));
        at(at("2024-01-05", "10:00"), () -> assertThat(api.put("/api/v1/reports/assessment-schemes/default",
                tokens.supervisor(), Map.of("weights", Map.ofEntries(Map.entry("onTime", 40), Map.entry("reportTimeliness", 40),
                        Map.entry("coOperation", 10), Map.entry("base", 10), Map.entry("overdue", 30),
                        Map.entry("yellowWarning", 10), Map.entry("redWarning", 30), Map.entry("escalation", 30),
                        Map.entry("finding", 2), Map.entry("sanction", 10), Map.entry("commendation", 2)),
                        "note", "2024年度考核办法")).status()).isEqualTo(200));
    }

    private void at(Instant at, Runnable work) {
        officeWork.computeIfAbsent(at, ignored -> new ArrayList<>()).add(work);
    }

    /** Assigned without a reporting cadence or milestones, and claimed at once. */
    private String assignOnce(String title, String department, String category, String due) {
        String taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), with(with(with(with(
                task(title, department), "dueDate", due), "reportingCadence", "NONE"), "milestones", List.of()),
                "category", category)));
        version(api.post(taskPath(taskId, "claim"), tokens.department(department),
                Map.of("responsiblePerson", "责任人")));
        return taskId;
    }

    private JsonNode assessmentOnceCaughtUp() {
        ApiClient.await(() -> api.get("/api/v1/admin/projections/reports", tokens.supervisor()).json(),
                status -> status.get("position").asLong() >= status.get("total").asLong());
        return api.get("/api/v1/reports/departments?year=2023", tokens.supervisor()).json();
    }

    /** The published version of the scheme in use in force at {@code instant}: the latest recorded before it. */
    private JsonNode schemeInForce(Instant instant) {
        JsonNode list = api.get("/api/v1/reports/assessment-schemes", tokens.auditor()).json();
        JsonNode inForce = null;
        for (JsonNode version : list.get("schemes")) {
            if (version.get("id").asText().equals(list.get("inUse").asText())
                    && Instant.parse(version.get("effectiveFrom").asText()).isBefore(instant)
                    && (inForce == null || version.get("version").asInt() > inForce.get("version").asInt())) {
                inForce = version;
            }
        }
        assertThat(inForce).as("a scheme in force at %s", instant).isNotNull();
        return inForce;
    }

    private static JsonNode rowOf(JsonNode report, String department) {
        for (JsonNode row : report.get("departments")) {
            if (row.get("department").asText().equals(department)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + department + " in " + report);
    }

    private static List<Long> counts(JsonNode row) {
        List<Long> counts = new ArrayList<>();
        for (String count : List.of("assigned", "closed", "closedOnTime", "overdue", "yellowWarnings",
                "redWarnings", "escalations", "findings", "accountabilityRecords", "sanctions", "commendations",
                "escalationsAsked", "coTasks", "coReports", "periodsDue", "periodsReported")) {
            counts.add(row.get(count).asLong());
        }
        return counts;
    }

    /** The figures of a department's 2023 as the rules make them of the plan, tallied here. */
    private Tally tally(String department, JsonNode scheme) {
        Tally tally = new Tally();
        double routine = multiplier(scheme, "MAJOR_PRIORITY");
        for (PlannedTask task : plan) {
            if (!task.department.equals(department) || !task.assignAt.isBefore(CUT_OFF_2023)) {
                continue;
            }
            tally.assigned++;
            tally.weighed += routine;
            for (Map.Entry<Period, String> missed : task.missedPeriods.entrySet()) {
                if (startOf(lastWorkingDay(missed.getKey()).plusDays(1)).isBefore(CUT_OFF_2023)) {
                    tally.warning(missed.getValue(), 0);
                }
            }
            for (Period period : task.owed) {
                if (period.end().getYear() == 2023) {
                    if (task.missedPeriods.containsKey(period)) {
                        tally.periodsMissed++;
                    } else {
                        tally.periodsReported++;
                    }
                }
            }
            for (String claimWarning : task.claimWarnings) {
                if (Instant.parse(claimWarning.substring(claimWarning.indexOf('@') + 1)).isBefore(CUT_OFF_2023)) {
                    tally.warning(claimWarning.substring(0, claimWarning.indexOf('@')), routine);
                }
            }
            redSpells(task).forEach(spell -> tally.escalations(spell[0], spell[1], routine));
        }
        if (department.equals(EMERGENCY)) {
            tally.assigned++;
            tally.weighed += multiplier(scheme, "RED_LINE");
            tally.onTime++;
            tally.onTimeWeighed += multiplier(scheme, "RED_LINE");
            tally.commendations++;
        }
        if (department.equals(COMMERCE)) {
            tally.assigned++;
            tally.weighed += routine;
            tally.overdue++;
            tally.overdueWeighed += routine;
            tally.warning("RED", routine);
            tally.escalations(startOf(COMMERCE_OVERDUE_DUE.plusDays(1)), null, routine);
        }
        return tally;
    }

    private static double multiplier(JsonNode scheme, String category) {
        JsonNode multiplier = scheme.get("categoryMultipliers").get(category);
        return multiplier == null ? 1 : multiplier.asDouble();
    }

    /**
     * The task's red spells, from a red warning while none is in force to what lifts it: for a missed report the next
     * report, for a claim the claim; null while it lasts.
     */
    private static List<Instant[]> redSpells(PlannedTask task) {
        List<Instant[]> spells = new ArrayList<>();
        Instant[] spell = null;
        for (Map.Entry<Period, String> missed : task.missedPeriods.entrySet()) {
            Instant raised = startOf(lastWorkingDay(missed.getKey()).plusDays(1));
            if (missed.getValue().equals("RED") && (spell == null || (spell[1] != null && !raised.isBefore(spell[1])))) {
                Instant lifted = task.reports.stream().filter(report -> report.isAfter(raised))
                        .min(Comparator.naturalOrder()).orElse(null);
                spell = new Instant[]{raised, lifted};
                spells.add(spell);
            }
        }
        for (String claimWarning : task.claimWarnings) {
            if (claimWarning.startsWith("RED@")) {
                spells.add(new Instant[]{Instant.parse(claimWarning.substring(4)), task.claimAt});
            }
        }
        return spells;
    }

    /** A department's year by the rules: counts, and the sums of the rates weighed by category. */
    private static final class Tally {

        long assigned;
        long onTime;
        long overdue;
        long yellow;
        long red;
        long escalations;
        long periodsReported;
        long periodsMissed;
        long commendations;
        double weighed;
        double onTimeWeighed;
        double overdueWeighed;
        double yellowWeighed;
        double redWeighed;
        double escalationsWeighed;

        /** A warning of the level, weighing {@code weight} in the warnings per task (0 for a missed report). */
        void warning(String level, double weight) {
            if (level.equals("YELLOW")) {
                yellow++;
                yellowWeighed += weight;
            } else {
                red++;
                redWeighed += weight;
            }
        }

        /** A red spell escalates to the leader after 7 days and to the city government after 14, while it lasts. */
        void escalations(Instant redSince, Instant lifted, double weight) {
            for (int step = 1; step <= 2; step++) {
                Instant escalated = redSince.plus(Duration.ofDays(7L * step));
                if ((lifted == null || escalated.isBefore(lifted)) && escalated.isBefore(CUT_OFF_2023)) {
                    escalations++;
                    escalationsWeighed += weight;
                }
            }
        }

        double score(JsonNode scheme) {
            JsonNode w = scheme.get("weights");
            long periodsDue = periodsReported + periodsMissed;
            double score = w.get("onTime").asDouble() * (onTimeWeighed / weighed)
                    + w.get("reportTimeliness").asDouble() * (periodsDue == 0 ? 1 : (double) periodsReported / periodsDue)
                    + w.get("coOperation").asDouble()
                    + w.get("base").asDouble()
                    - w.get("overdue").asDouble() * (overdueWeighed / weighed)
                    - w.get("yellowWarning").asDouble() * (yellowWeighed / weighed)
                    - w.get("redWarning").asDouble() * (redWeighed / weighed)
                    - w.get("escalation").asDouble() * (escalationsWeighed / weighed)
                    + w.get("commendation").asDouble() * commendations;
            return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).doubleValue();
        }
    }

    // --- playing the plan through the API -------------------------------------------------------------------

    private void playThroughTheYear(Instant t0) {
        TreeMap<Instant, List<Runnable>> actions = new TreeMap<>();
        officeWork.forEach((at, work) -> actions.computeIfAbsent(at, ignored -> new ArrayList<>()).addAll(work));
        for (PlannedTask task : plan) {
            actions.computeIfAbsent(task.assignAt, at -> new ArrayList<>()).add(() -> assign(task));
            if (task.claimAt != null) {
                actions.computeIfAbsent(task.claimAt, at -> new ArrayList<>()).add(() -> claim(task));
            }
            for (int i = 0; i < task.reports.size(); i++) {
                int percent = Math.min(90, 1 + i);
                actions.computeIfAbsent(task.reports.get(i), at -> new ArrayList<>()).add(() -> report(task, percent));
            }
        }
        Instant now = t0;
        for (Map.Entry<Instant, List<Runnable>> step : actions.entrySet()) {
            now = advanceTo(now, step.getKey());
            step.getValue().forEach(Runnable::run);
        }
        assertThat(advanceTo(now, END)).as("every action within the year").isEqualTo(END);
    }

    private Instant advanceTo(Instant now, Instant target) {
        if (target.isAfter(now)) {
            assertThat(advance(Duration.between(now, target).toString())).isEqualTo(target);
            return target;
        }
        return now;
    }

    private void assign(PlannedTask task) {
        task.taskId = created(api.post("/api/v1/tasks", tokens.supervisor(), with(with(with(
                task(task.department + task.cadence + plan.indexOf(task), task.department), "dueDate", DUE),
                "reportingCadence", task.cadence), "milestones", List.of())));
    }

    private void claim(PlannedTask task) {
        version(api.post(taskPath(task.taskId, "claim"), tokens.department(task.department),
                Map.of("responsiblePerson", "责任人")));
    }

    private void report(PlannedTask task, int percent) {
        version(api.post(taskPath(task.taskId, "progress-reports"), tokens.department(task.department),
                Map.of("percentComplete", percent, "summary", "按计划推进")));
    }

    // --- reading what the product made of it ----------------------------------------------------------------

    private Map<String, String> reportWarningsOf(PlannedTask task) {
        Map<String, String> warnings = new LinkedHashMap<>();
        for (JsonNode entry : warningsOf(task, "REPORT_MISSED")) {
            JsonNode payload = entry.get("payload");
            String period = payload.get("ruleParameters").get("period").asText();
            assertThat(warnings.put(period, payload.get("level").asText())).as("one warning for %s", period).isNull();
        }
        return warnings;
    }

    private List<JsonNode> warningsOf(PlannedTask task, String rule) {
        JsonNode history = api.get("/api/v1/tasks/" + task.taskId + "/history?size=500", tokens.auditor()).json();
        assertThat(history.get("entries").size()).as("the whole history in one page").isLessThan(500);
        List<JsonNode> warnings = new ArrayList<>();
        for (JsonNode entry : history.get("entries")) {
            if (entry.get("type").asText().equals("WarningIssued")
                    && rule.equals(entry.get("payload").path("rule").asText())) {
                warnings.add(entry);
            }
        }
        return warnings;
    }

    private Map<String, Long> reportsMissing(String period) {
        JsonNode briefing = api.get("/api/v1/reports/periodic?period=" + period, tokens.supervisor()).json();
        Map<String, Long> missing = new TreeMap<>();
        DEPARTMENTS.forEach(department -> missing.put(department, 0L));
        for (JsonNode line : briefing.get("departments")) {
            String department = line.get("department").asText();
            if (DEPARTMENTS.contains(department)) {
                missing.put(department, line.get("reportsMissing").asLong());
            }
        }
        return missing;
    }

    // --- small things ---------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface MissedPeriods {
        boolean test(int index, Period period);
    }

    private record Period(String cadence, String key, LocalDate start, LocalDate end) {

        Period next() {
            return containing(cadence, end.plusDays(1));
        }

        Stream<LocalDate> days() {
            return start.datesUntil(end.plusDays(1));
        }
    }

    private static final class PlannedTask {

        final String department;
        final String cadence;
        final Instant assignAt;
        final Instant claimAt;
        final List<Instant> reports = new ArrayList<>();
        final List<Period> owed = new ArrayList<>();
        final Map<String, String> reportWarnings = new LinkedHashMap<>();
        final Map<Period, String> missedPeriods = new LinkedHashMap<>();
        final List<String> claimWarnings = new ArrayList<>();
        String taskId;

        PlannedTask(String department, String cadence, Instant assignAt, Instant claimAt) {
            this.department = department;
            this.cadence = cadence;
            this.assignAt = assignAt;
            this.claimAt = claimAt;
        }
    }

    private static Instant at(String day, String time) {
        return at(LocalDate.parse(day), LocalTime.parse(time));
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(OFFICE).toInstant();
    }

    private static Instant startOf(LocalDate day) {
        return at(day, LocalTime.MIDNIGHT);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, OFFICE);
    }

    private static Set<LocalDate> dates(String... days) {
        return Set.copyOf(Stream.of(days).map(LocalDate::parse).toList());
    }
}
