package gov.supervision.core.task;

import gov.supervision.core.api.task.Complexity;
import gov.supervision.core.task.TaskDeadlines.DueSoon;
import gov.supervision.core.task.TaskDeadlines.RedUnresolved;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.test.deadline.StubDeadlineManager;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.format.support.DefaultFormattingConversionService;

import java.util.Map;

import static gov.supervision.core.task.TaskFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The settings an office may change reach the rules they parameterise, under their documented names. */
class TaskRulesConfigurationTest {

    @Test
    void withoutSettingsTheRulesApplyTheNumbersOfTheSpeech() {
        try (AnnotationConfigApplicationContext context = context(Map.of())) {
            assertThat(context.getBean(ProblemDueDates.class).daysToSolve(Complexity.GENERAL)).isEqualTo(7);
            assertThat(context.getBean(ProblemDueDates.class).daysToSolve(Complexity.COMPLEX)).isEqualTo(30);
            assertThat(context.getBean(DueDateWarnings.class).dueSoon(DUE)).isEqualTo(new DueSoon(DUE, "P3D"));
            assertThat(context.getBean(EscalationLadder.class).firstStep(1, NOW))
                    .isEqualTo(new RedUnresolved(1, NOW, 1, "PT168H"));
            assertThat(context.getBean(TaskDeadlines.class)).isNotNull();
        }
    }

    @Test
    void eachSettingReachesTheRuleItParameterises() {
        Map<String, Object> settings = Map.of(
                "supervision.rules.yellow-before", "P2D",
                "supervision.rules.escalate-after", "P5D",
                "supervision.rules.general-problem-days", "5",
                "supervision.rules.complex-problem-days", "20");
        try (AnnotationConfigApplicationContext context = context(settings)) {
            assertThat(context.getBean(ProblemDueDates.class).daysToSolve(Complexity.GENERAL)).isEqualTo(5);
            assertThat(context.getBean(ProblemDueDates.class).daysToSolve(Complexity.COMPLEX)).isEqualTo(20);
            assertThat(context.getBean(DueDateWarnings.class).dueSoon(DUE)).isEqualTo(new DueSoon(DUE, "P2D"));
            assertThat(context.getBean(EscalationLadder.class).firstStep(1, NOW))
                    .isEqualTo(new RedUnresolved(1, NOW, 1, "PT120H"));
        }
    }

    // Spring Boot gives the environment its own conversion service; a plain context needs one that reads
    // ISO-8601 periods and durations as well.
    private static AnnotationConfigApplicationContext context(Map<String, Object> settings) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().setConversionService(new DefaultFormattingConversionService());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("office", settings));
        context.registerBean(DeadlineManager.class, () -> new StubDeadlineManager());
        context.registerBean(OfficeCalendar.class, () -> CALENDAR);
        context.register(TaskRulesConfiguration.class);
        context.refresh();
        return context;
    }
}
