package gov.supervision.core.task;

import gov.supervision.core.api.task.Complexity;
import gov.supervision.core.time.WorkingCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static gov.supervision.core.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

class ProblemDueDatesTest {

    private static final WorkingCalendar OFFICIAL = WorkingCalendar.official();

    private final ProblemDueDates asTheSpeechSays =
            new ProblemDueDates(ProblemDueDates.DEFAULT_GENERAL_DAYS, ProblemDueDates.DEFAULT_COMPLEX_DAYS);

    @Test
    void generalProblemIsDueAWeekAfterTheDayItArrives() {
        assertThat(asTheSpeechSays.daysToSolve(Complexity.GENERAL)).isEqualTo(7);
        assertThat(asTheSpeechSays.dueDate(Complexity.GENERAL, TODAY, OFFICIAL)).isEqualTo(LocalDate.of(2023, 3, 8));
    }

    @Test
    void complexProblemIsDueThirtyCalendarDaysAfterTheDayItArrives() {
        assertThat(asTheSpeechSays.daysToSolve(Complexity.COMPLEX)).isEqualTo(30);
        assertThat(asTheSpeechSays.dueDate(Complexity.COMPLEX, TODAY, OFFICIAL)).isEqualTo(LocalDate.of(2023, 3, 31));
    }

    @Test
    void configuredDaysTakeThePlaceOfTheWeekAndTheMonth() {
        ProblemDueDates configured = new ProblemDueDates(5, 20);

        assertThat(configured.dueDate(Complexity.GENERAL, TODAY, OFFICIAL)).isEqualTo(LocalDate.of(2023, 3, 6));
        assertThat(configured.dueDate(Complexity.COMPLEX, TODAY, OFFICIAL)).isEqualTo(LocalDate.of(2023, 3, 21));
    }

    @Test
    void aWeekThatEndsInTheSpringFestivalIsDueOnTheMakeUpSaturdayAfterIt() {
        // 2023-01-19 + 7 days = 01-26, within the holiday of 01-21..27; 01-28 is a Saturday worked in exchange.
        assertThat(asTheSpeechSays.dueDate(Complexity.GENERAL, LocalDate.of(2023, 1, 19), OFFICIAL))
                .isEqualTo(LocalDate.of(2023, 1, 28));
    }

    @Test
    void aMonthThatEndsInTheNationalDayHolidayIsDueOnTheFirstWorkingDayAfterIt() {
        // 2024-09-02 + 30 days = 10-02, within 10-01..07; 10-08 is the Tuesday after.
        assertThat(asTheSpeechSays.dueDate(Complexity.COMPLEX, LocalDate.of(2024, 9, 2), OFFICIAL))
                .isEqualTo(LocalDate.of(2024, 10, 8));
    }

    @Test
    void aDueDateOnAnOrdinarySundayMovesToMonday() {
        // 2023-03-05 is a Sunday.
        assertThat(asTheSpeechSays.dueDate(Complexity.GENERAL, LocalDate.of(2023, 2, 26), OFFICIAL))
                .isEqualTo(LocalDate.of(2023, 3, 6));
    }
}
