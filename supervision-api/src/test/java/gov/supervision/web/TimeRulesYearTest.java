package gov.supervision.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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

    private final List<PlannedTask> plan = new ArrayList<>();

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

    // --- playing the plan through the API -------------------------------------------------------------------

    private void playThroughTheYear(Instant t0) {
        TreeMap<Instant, List<Runnable>> actions = new TreeMap<>();
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
