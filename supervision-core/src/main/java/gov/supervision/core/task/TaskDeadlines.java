package gov.supervision.core.task;

import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.TaskDetails;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.deadline.DeadlineManager;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The deadlines through which time acts on a task, and the instants they fall due; the rules they carry decide
 * the days and steps ({@link DueDateWarnings}, {@link EscalationLadder}). One instance serves every task, handed
 * to its handlers as a parameter: it schedules only from them, where the aggregate is the implicit scope. A due
 * date lasts to the end of its day in the office's zone, so a rule about a day fires at the start of the next one.
 *
 * <p>The payloads are stored by the persistent scheduler (Jackson) until they fire: plain values only, and
 * each carries what it needs to recognise itself as stale, because a cancellation and a firing can cross.
 */
final class TaskDeadlines {

    static final String DUE_SOON = "due-soon";
    static final String OVERDUE = "overdue";
    static final String MILESTONE = "milestone";
    static final String REPORT_MISSED = "report-missed";
    static final String RED_ESCALATION = "red-escalation";

    private static final List<String> ALL = List.of(DUE_SOON, OVERDUE, MILESTONE, REPORT_MISSED, RED_ESCALATION);

    /** The due date is near; {@code yellowBefore} is the ISO-8601 period applied. */
    record DueSoon(LocalDate dueDate, String yellowBefore) {
    }

    record Overdue(LocalDate dueDate) {
    }

    record MilestonePassed(String milestone, LocalDate milestoneDate) {
    }

    /** The {@code missedPeriods}-th cadence period since {@code since} ended, counted after that many reports. */
    record ReportMissed(Instant since, int missedPeriods, int reportsReceived) {
    }

    /** Step {@code step} of the ladder of the red spell number {@code redSpell}; ISO-8601 {@code escalateAfter}. */
    record RedUnresolved(int redSpell, Instant redSince, int step, String escalateAfter) {
    }

    private final DeadlineManager deadlineManager;
    private final OfficeCalendar calendar;
    private final DueDateWarnings dueDateWarnings;
    private final EscalationLadder escalationLadder;

    TaskDeadlines(DeadlineManager deadlineManager, OfficeCalendar calendar, DueDateWarnings dueDateWarnings,
                  EscalationLadder escalationLadder) {
        this.deadlineManager = deadlineManager;
        this.calendar = calendar;
        this.dueDateWarnings = dueDateWarnings;
        this.escalationLadder = escalationLadder;
    }

    /*
     * A task due within yellowBefore gets its due-soon deadline in the past: the persistent scheduler fires
     * such a deadline at once, which turns the task yellow right after assignment without a rule of its own.
     */
    void scheduleAssigned(TaskDetails details) {
        scheduleDueDate(details.dueDate());
        details.milestones().stream()
                .filter(milestone -> milestone.dueDate() != null)
                .forEach(milestone -> deadlineManager.schedule(dayAfter(milestone.dueDate()), MILESTONE,
                        new MilestonePassed(milestone.name(), milestone.dueDate())));
    }

    void scheduleDueDate(LocalDate dueDate) {
        deadlineManager.schedule(calendar.startOf(dueDateWarnings.yellowFrom(dueDate)), DUE_SOON,
                dueDateWarnings.dueSoon(dueDate));
        deadlineManager.schedule(dayAfter(dueDate), OVERDUE, new Overdue(dueDate));
    }

    void scheduleReport(ReportingCadence cadence, Instant since, int missedPeriods, int reportsReceived) {
        if (cadence != ReportingCadence.NONE) {
            deadlineManager.schedule(reportDue(cadence, since, missedPeriods), REPORT_MISSED,
                    new ReportMissed(since, missedPeriods, reportsReceived));
        }
    }

    void startEscalationLadder(int redSpell, Instant redSince) {
        scheduleEscalation(escalationLadder.firstStep(redSpell, redSince));
    }

    void scheduleEscalation(RedUnresolved step) {
        deadlineManager.schedule(EscalationLadder.due(step), RED_ESCALATION, step);
    }

    void cancelDueDate() {
        deadlineManager.cancelAllWithinScope(DUE_SOON);
        deadlineManager.cancelAllWithinScope(OVERDUE);
    }

    void cancelReport() {
        deadlineManager.cancelAllWithinScope(REPORT_MISSED);
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

    /** Cadence periods count from the claim or the last report, in calendar terms of the office's zone. */
    Instant reportDue(ReportingCadence cadence, Instant since, int periods) {
        return since.atZone(calendar.zone()).plus(periodOf(cadence).multipliedBy(periods)).toInstant();
    }

    private static Period periodOf(ReportingCadence cadence) {
        return switch (cadence) {
            case WEEKLY -> Period.ofWeeks(1);
            case MONTHLY -> Period.ofMonths(1);
            case QUARTERLY -> Period.ofMonths(3);
            case NONE -> throw new IllegalArgumentException("A task without a reporting cadence misses no report.");
        };
    }
}
