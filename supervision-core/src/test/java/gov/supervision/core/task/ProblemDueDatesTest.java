package gov.supervision.core.task;

import gov.supervision.core.api.task.Complexity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static gov.supervision.core.task.TaskFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

class ProblemDueDatesTest {

    private final ProblemDueDates asTheSpeechSays =
            new ProblemDueDates(ProblemDueDates.DEFAULT_GENERAL_DAYS, ProblemDueDates.DEFAULT_COMPLEX_DAYS);

    @Test
    void generalProblemIsDueAWeekAfterTheDayItArrives() {
        assertThat(asTheSpeechSays.daysToSolve(Complexity.GENERAL)).isEqualTo(7);
        assertThat(asTheSpeechSays.dueDate(Complexity.GENERAL, TODAY)).isEqualTo(LocalDate.of(2023, 3, 8));
    }

    @Test
    void complexProblemIsDueThirtyCalendarDaysAfterTheDayItArrives() {
        assertThat(asTheSpeechSays.daysToSolve(Complexity.COMPLEX)).isEqualTo(30);
        assertThat(asTheSpeechSays.dueDate(Complexity.COMPLEX, TODAY)).isEqualTo(LocalDate.of(2023, 3, 31));
    }

    @Test
    void configuredDaysTakeThePlaceOfTheWeekAndTheMonth() {
        ProblemDueDates configured = new ProblemDueDates(5, 20);

        assertThat(configured.dueDate(Complexity.GENERAL, TODAY)).isEqualTo(LocalDate.of(2023, 3, 6));
        assertThat(configured.dueDate(Complexity.COMPLEX, TODAY)).isEqualTo(LocalDate.of(2023, 3, 21));
    }
}
