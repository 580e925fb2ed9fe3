package gov.supervision.core.task;

import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.api.task.ReportingPeriod;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.deadline.DeadlineManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The deadlines through which time acts on a task, and the instants they fall due; the rules they carry decide
 * the days and steps ({@link DueDateWarnings}, {@link ClaimLimit}, {@link ReportingPeriods},
 * {@link EscalationLadder}). One instance serves every task, handed to its handlers as a parameter: it schedules
 * only from them, where the aggregate is the implicit scope. A day lasts to its end in the office's zone, so a rule
 * about a day fires at the start of the next one; days are counted on the working-day calendar in force when the
 * deadline is scheduled.
 *
 * <p>The payloads are stored by the persistent scheduler (Jackson) until they fire: plain values only, and
 * each carries what it needs to recognise itself as stale, because a cancellation and a firing can cross. Payloads
 * of an earlier release stay readable: a field added later is null in them.
 */
final class TaskDeadlines {

    static final String DUE_SOON = "due-soon";
    static final String OVERDUE = "overdue";
    static final String MILESTONE = "milestone";
    /** The rolling report window of the rules before 1.1; a deadline of that kind still stored hands over. */
    static final String REPORT_MISSED = "report-missed";
    static final String REPORT_PERIOD = "report-period";
    static final String CLAIM = "claim";
    static final String URGING = "urging";
    static final String RED_ESCALATION = "red-escalation";

    private static final List<String> ALL = List.of(DUE_SOON, OVERDUE, MILESTONE, REPORT_MISSED, REPORT_PERIOD,
            CLAIM, URGING, RED_ESCALATION);

    /** The due date is near; {@code yellowBefore} is the ISO-8601 period applied. */
    record DueSoon(LocalDate dueDate, String yellowBefore) {
    }

    record Overdue(LocalDate dueDate) {
    }

    record MilestonePassed(String milestone, LocalDate milestoneDate) {
    }

    /** Before 1.1: the {@code missedPeriods}-th cadence period since {@code since} ended. */
    record ReportMissed(Instant since, int missedPeriods, int reportsReceived) {
    }

    /** The reporting period {@code period} of round {@code round} is due by the end of {@code dueBy}. */
    record ReportPeriodDue(int round, ReportingCadence cadence, String period, LocalDate periodStart,
                           LocalDate periodEnd, LocalDate dueBy) {

        ReportingPeriod reportingPeriod() {
            return new ReportingPeriod(cadence, period, periodStart, periodEnd);
        }
    }

    /** The claim limit of round {@code round} at level {@code level} ends with {@code lastDay}. */
    record ClaimDue(int round, WarningLevel level, LocalDate assignedOn, LocalDate lastDay, int claimWithin,
                    int redAfter) {
    }

    /** The urging notice {@code urgingId}, sent at {@code sentAt}, expects a report by the end of {@code respondBy}. */
    record UrgingDue(String urgingId, Instant sentAt, LocalDate respondBy) {
    }

    /**
     * Step {@code step} of the ladder of the red spell number {@code redSpell}; ISO-8601 {@code escalateAfter}. A
     * step that follows the leader's decision counts from {@code decidedAt}; other steps carry none.
     */
    record RedUnresolved(int redSpell, Instant redSince, int step, String escalateAfter, Instant decidedAt) {

        RedUnresolved(int redSpell, Instant redSince, int step, String escalateAfter) {
            this(redSpell, redSince, step, escalateAfter, null);
        }
    }

    private final DeadlineManager deadlineManager;
    private final OfficeCalendar calendar;
    private final DueDateWarnings dueDateWarnings;
    private final EscalationLadder escalationLadder;
    private final ClaimLimit claimLimit;

    TaskDeadlines(DeadlineManager deadlineManager, OfficeCalendar calendar, DueDateWarnings dueDateWarnings,
                  EscalationLadder escalationLadder, ClaimLimit claimLimit) {
        this.deadlineManager = deadlineManager;
        this.calendar = calendar;
        this.dueDateWarnings = dueDateWarnings;
        this.escalationLadder = escalationLadder;
        this.claimLimit = claimLimit;
    }

    /*
     * A task due within yellowBefore gets its due-soon deadline in the past: the persistent scheduler fires
     * such a deadline at once, which turns the task yellow right after assignment without a rule of its own.
     */
    void scheduleAssigned(TaskDetails details, int round) {
        LocalDate assignedOn = calendar.today();
        scheduleDueDate(details.dueDate());
        details.milestones().stream()
                .filter(milestone -> milestone.dueDate() != null)
                .forEach(milestone -> deadlineManager.schedule(dayAfter(milestone.dueDate()), MILESTONE,
                        new MilestonePassed(milestone.name(), milestone.dueDate())));
        scheduleClaim(round, assignedOn);
        scheduleFirstReportPeriod(details.reportingCadence(), round, assignedOn);
    }

    void scheduleDueDate(LocalDate dueDate) {
        deadlineManager.schedule(calendar.startOf(dueDateWarnings.yellowFrom(dueDate)), DUE_SOON,
                dueDateWarnings.dueSoon(dueDate));
        deadlineManager.schedule(dayAfter(dueDate), OVERDUE, new Overdue(dueDate));
    }

    /** The claim limit of a round that starts on {@code assignedOn}: yellow, then red. */
    void scheduleClaim(int round, LocalDate assignedOn) {
        ClaimDue yellow = claimLimit.yellow(round, assignedOn, calendar.workingDays());
        ClaimDue red = claimLimit.red(round, assignedOn, calendar.workingDays());
        deadlineManager.schedule(dayAfter(yellow.lastDay()), CLAIM, yellow);
        deadlineManager.schedule(dayAfter(red.lastDay()), CLAIM, red);
    }

    /** The first period owed in a round that starts on {@code day}. */
    void scheduleFirstReportPeriod(ReportingCadence cadence, int round, LocalDate day) {
        if (cadence != ReportingCadence.NONE) {
            scheduleReportPeriod(round, ReportingPeriod.firstOwedAfter(cadence, day));
        }
    }

    /** The period given, or the first after it with a working day: a period without one owes nothing. */
    void scheduleReportPeriod(int round, ReportingPeriod first) {
        ReportingPeriod period = first;
        Optional<LocalDate> dueBy = calendar.workingDays().lastWorkingDay(period.start(), period.end());
        while (dueBy.isEmpty()) {
            period = period.next();
            dueBy = calendar.workingDays().lastWorkingDay(period.start(), period.end());
        }
        deadlineManager.schedule(dayAfter(dueBy.get()), REPORT_PERIOD, new ReportPeriodDue(round, period.cadence(),
                period.key(), period.start(), period.end(), dueBy.get()));
    }

    void scheduleUrging(String urgingId, LocalDate respondBy) {
        deadlineManager.schedule(dayAfter(respondBy), URGING, new UrgingDue(urgingId, calendar.now(), respondBy));
    }

    void startEscalationLadder(int redSpell, Instant redSince) {
        scheduleEscalation(escalationLadder.firstStep(redSpell, redSince));
    }

    /** The city government's step, a full {@code escalate-after} after the leader's decision. */
    void scheduleAfterLeaderDecision(int redSpell, Instant redSince, Instant decidedAt) {
        scheduleEscalation(escalationLadder.afterLeaderDecision(redSpell, redSince, decidedAt));
    }

    void scheduleEscalation(RedUnresolved step) {
        deadlineManager.schedule(EscalationLadder.due(step), RED_ESCALATION, step);
    }

    void cancelDueDate() {
        deadlineManager.cancelAllWithinScope(DUE_SOON);
        deadlineManager.cancelAllWithinScope(OVERDUE);
    }

    void cancelClaim() {
        deadlineManager.cancelAllWithinScope(CLAIM);
    }

    void cancelReport() {
        deadlineManager.cancelAllWithinScope(REPORT_MISSED);
        deadlineManager.cancelAllWithinScope(REPORT_PERIOD);
    }

    void cancelEscalation() {
        deadlineManager.cancelAllWithinScope(RED_ESCALATION);
    }

    void cancelAll() {
        ALL.forEach(deadlineManager::cancelAllWithinScope);
    }

    /** When the deadline of a date fires: the start of the next day in the office's zone. */
    Instant dayAfter(LocalDate date) {
        return calendar.startOf(date.plusDays(1));
    }
}
