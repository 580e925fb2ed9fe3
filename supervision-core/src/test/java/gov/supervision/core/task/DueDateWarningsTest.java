package gov.supervision.core.task;

import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.task.ActiveWarnings.Active;
import gov.supervision.core.task.TaskDeadlines.DueSoon;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static gov.supervision.core.task.TaskFixtures.DUE;
import static org.assertj.core.api.Assertions.assertThat;

class DueDateWarningsTest {

    private final DueDateWarnings threeDaysAhead = new DueDateWarnings(DueDateWarnings.DEFAULT_YELLOW_BEFORE);

    @Test
    void taskTurnsYellowThreeDaysBeforeItsDueDateUnlessConfiguredOtherwise() {
        assertThat(threeDaysAhead.yellowFrom(DUE)).isEqualTo(LocalDate.of(2023, 6, 27));
        assertThat(new DueDateWarnings(Period.ofDays(2)).yellowFrom(DUE)).isEqualTo(LocalDate.of(2023, 6, 28));
    }

    @Test
    void dueSoonDeadlineCarriesThePeriodItApplies() {
        assertThat(threeDaysAhead.dueSoon(DUE)).isEqualTo(new DueSoon(DUE, "P3D"));
        assertThat(new DueDateWarnings(Period.ofWeeks(1)).dueSoon(DUE)).isEqualTo(new DueSoon(DUE, "P7D"));
    }

    @Test
    void anExtensionEndsTheWarningsOfTheDueDateAndNoOthers() {
        assertThat(DueDateWarnings.ofTheDueDate(active(WarningLevel.YELLOW, TimeRule.DUE_SOON))).isTrue();
        assertThat(DueDateWarnings.ofTheDueDate(active(WarningLevel.RED, TimeRule.OVERDUE))).isTrue();
        assertThat(DueDateWarnings.ofTheDueDate(active(WarningLevel.YELLOW, TimeRule.MILESTONE_MISSED))).isFalse();
        assertThat(DueDateWarnings.ofTheDueDate(active(WarningLevel.RED, TimeRule.REPORT_MISSED))).isFalse();
        assertThat(DueDateWarnings.ofTheDueDate(active(WarningLevel.RED, null))).isFalse();
    }

    private static Active active(WarningLevel level, TimeRule rule) {
        return new Active("warning-1", level, rule, null);
    }
}
