package gov.supervision.core.inspection;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.inspection.Finding;
import gov.supervision.core.api.inspection.InspectionRecordedEvent;
import gov.supervision.core.api.inspection.InspectionType;
import gov.supervision.core.api.inspection.RecordInspectionCommand;
import gov.supervision.core.api.task.Complexity;
import gov.supervision.core.time.OfficeCalendar;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.hamcrest.Matchers.equalTo;

class InspectionTest {

    static final String INSPECTION_ID = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d05";
    static final String TITLE = "优化营商环境专项督查";
    static final List<String> INSPECTORS = List.of("王督查", "陈督查");
    static final List<Finding> FINDINGS = List.of(
            new Finding("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c01", "部分审批事项仍需线下提交纸质材料", "行政审批服务局",
                    Complexity.GENERAL, null),
            new Finding("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c02", "工程建设项目审批平台数据未互通", "住房和城乡建设局",
                    Complexity.COMPLEX, "3f1c9a52-0d4e-4b8a-9a61-7c2e5d8b1a01"));

    /** 09:00 on 1 March 2023 in the office's zone. */
    private static final Instant NOW = Instant.parse("2023-03-01T01:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2023, 3, 1);

    private AggregateTestFixture<Inspection> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Inspection.class);
        fixture.registerInjectableResource(
                new OfficeCalendar(Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Asia/Shanghai")));
        fixture.givenCurrentTime(NOW);
    }

    @Test
    void inspectionIsRecordedWithItsInspectorsAndFindings() {
        fixture.givenNoPriorActivity()
                .when(record(TODAY.minusDays(3)))
                .expectEvents(new InspectionRecordedEvent(INSPECTION_ID, InspectionType.UNANNOUNCED, TITLE, INSPECTORS,
                        TODAY.minusDays(3), FINDINGS));
    }

    @Test
    void inspectionConductedTodayInTheOfficeZoneCanBeRecorded() {
        fixture.givenNoPriorActivity()
                .when(record(TODAY))
                .expectEvents(new InspectionRecordedEvent(INSPECTION_ID, InspectionType.UNANNOUNCED, TITLE, INSPECTORS,
                        TODAY, FINDINGS));
    }

    @Test
    void cannotRecordAnInspectionDatedInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(record(TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(violates(RuleViolation.INSPECTION_IN_FUTURE));
    }

    private static RecordInspectionCommand record(LocalDate conductedOn) {
        return new RecordInspectionCommand(INSPECTION_ID, InspectionType.UNANNOUNCED, TITLE, INSPECTORS, conductedOn,
                FINDINGS);
    }

    private static Matcher<RuleViolationException> violates(RuleViolation violation) {
        return new FeatureMatcher<>(equalTo(violation), "a rule violation with code", "code") {
            @Override
            protected RuleViolation featureValueOf(RuleViolationException exception) {
                return exception.violation();
            }
        };
    }
}
