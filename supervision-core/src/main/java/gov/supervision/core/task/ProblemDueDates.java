package gov.supervision.core.task;

import gov.supervision.core.api.task.Complexity;

import gov.supervision.core.time.WorkingCalendar;

import java.time.LocalDate;

/**
 * "一般问题一周内办结，复杂问题一月内办结": a registered problem, like the rectification of an inspection's finding, is
 * due a number of calendar days after the day it arrives, by its complexity, moved to the next working day when it
 * falls on a day off. The days applied are recorded in the event that opens the task, so a later change of the
 * setting never moves a due date already given.
 */
final class ProblemDueDates {

    static final String GENERAL_DAYS_SETTING = "supervision.rules.general-problem-days";
    static final String COMPLEX_DAYS_SETTING = "supervision.rules.complex-problem-days";
    static final int DEFAULT_GENERAL_DAYS = 7;
    static final int DEFAULT_COMPLEX_DAYS = 30;

    private final int generalDays;
    private final int complexDays;

    ProblemDueDates(int generalDays, int complexDays) {
        this.generalDays = generalDays;
        this.complexDays = complexDays;
    }

    int daysToSolve(Complexity complexity) {
        return complexity == Complexity.COMPLEX ? complexDays : generalDays;
    }

    /** The days are calendar days, as the speech counts them; a due date on a day off moves to the next working day. */
    LocalDate dueDate(Complexity complexity, LocalDate registeredOn, WorkingCalendar calendar) {
        return calendar.onOrAfter(registeredOn.plusDays(daysToSolve(complexity)));
    }
}
