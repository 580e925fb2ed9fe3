package gov.supervision.query.report;

import gov.supervision.core.api.assessment.AssessmentScheme;
import gov.supervision.core.api.assessment.AssessmentSchemeVersionedEvent;
import gov.supervision.core.api.assessment.AssessmentSchemesId;
import gov.supervision.core.api.assessment.AssessmentWeights;
import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.query.QueryFixtures;
import gov.supervision.query.api.report.AssessmentSchemeList;
import gov.supervision.query.api.report.AssessmentSchemesQuery;
import gov.supervision.query.api.report.DepartmentReport;
import gov.supervision.query.api.report.DepartmentReportQuery;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;
import java.util.Map;

import static gov.supervision.query.QueryFixtures.END_OF_JUNE;
import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_WANG;
import static gov.supervision.query.QueryFixtures.id;
import static gov.supervision.query.QueryFixtures.officeTime;
import static gov.supervision.query.QueryFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A scheme of the office's own ({@code supervision.assessment.scheme=county}) whose versions are recorded in its
 * register as the command side records them; a year is scored by the version in force at its instant. The clock
 * stands at 15 January 2024: 2023 is cut off, 2024 is not. Each test starts with an empty register.
 */
@ReportsOnH2
@TestPropertySource(properties = "supervision.assessment.scheme=county")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AssessmentSchemeVersionsTest {

    private static final AssessmentWeights ON_TIME_ONLY = new AssessmentWeights(100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    private static final AssessmentWeights BASE_ONLY = new AssessmentWeights(0, 0, 0, 80, 0, 0, 0, 0, 0, 0, 0);

    @Autowired
    private ReportProjection projection;
    @Autowired
    private ReportQueries queries;
    @Autowired
    private AssessmentSchemeQueries schemes;
    @Autowired
    private EventStore register;
    @Autowired
    private TestEntityManager entityManager;

    private void version(int version, AssessmentWeights weights, Instant at) {
        register.publish(new GenericDomainEventMessage<>("AssessmentSchemes", AssessmentSchemesId.ID,
                register.lastSequenceNumberFor(AssessmentSchemesId.ID).map(last -> last + 1).orElse(0L),
                new AssessmentSchemeVersionedEvent(AssessmentSchemesId.ID, "county", version, weights,
                        Map.of(TaskCategory.RED_LINE, 2.0), "县级考核办法"),
                MetaData.emptyInstance(), id(), at));
    }

    @Test
    void aYearIsScoredByTheVersionInForceAtItsInstantAndALaterVersionLeavesACutOffYearAlone() {
        QueryFixtures.Feed feed = new QueryFixtures.Feed(entityManager, projection);
        feed.assign(id(), task("老旧小区改造", TaskCategory.MAJOR_PRIORITY, HOUSING, VICE_MAYOR_WANG, END_OF_JUNE));
        DepartmentReport beforeAnyVersion = queries.handle(new DepartmentReportQuery(2023, null));
        version(1, ON_TIME_ONLY, officeTime("2023-06-01T09:00"));
        version(2, BASE_ONLY, officeTime("2024-01-05T09:00"));

        DepartmentReport spring = queries.handle(new DepartmentReportQuery(2023, officeTime("2023-05-01T00:00")));
        DepartmentReport year2023 = queries.handle(new DepartmentReportQuery(2023, null));
        DepartmentReport year2024 = queries.handle(new DepartmentReportQuery(2024, null));

        assertThat(beforeAnyVersion.scheme()).as("not yet recorded: the built-in scheme")
                .isEqualTo(AssessmentScheme.BUILT_IN);
        assertThat(spring.scheme()).isEqualTo(AssessmentScheme.BUILT_IN);
        assertThat(year2023.scheme().version()).isEqualTo(1);
        assertThat(year2023.weights()).isEqualTo(ON_TIME_ONLY);
        assertThat(year2023.departments()).singleElement().satisfies(housing -> {
            assertThat(housing.scheme().id()).isEqualTo("county");
            assertThat(housing.scheme().version()).isEqualTo(1);
            assertThat(housing.score()).as("100 × 0 on time").isZero();
        });
        assertThat(year2024.scheme().version()).isEqualTo(2);
    }

    @Test
    void everyVersionOfEverySchemeIsListedWithTheInstantItTookEffect() {
        Instant first = officeTime("2023-06-01T09:00");
        version(1, ON_TIME_ONLY, first);

        AssessmentSchemeList list = schemes.handle(new AssessmentSchemesQuery());

        assertThat(list.inUse()).isEqualTo("county");
        assertThat(list.schemes()).extracting(AssessmentScheme::id, AssessmentScheme::version)
                .containsExactly(tuple("county", 1),
                        tuple("default", 0));
        assertThat(list.schemes().get(0).effectiveFrom()).isEqualTo(first);
        assertThat(list.schemes().get(0).multiplier(TaskCategory.RED_LINE)).isEqualTo(2.0);
        assertThat(list.schemes().get(0).multiplier(TaskCategory.MAJOR_PRIORITY)).isEqualTo(1.0);
    }
}
