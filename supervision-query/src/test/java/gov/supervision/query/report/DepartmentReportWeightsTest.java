package gov.supervision.query.report;

import gov.supervision.core.api.task.TaskCategory;
import gov.supervision.query.QueryFixtures;
import gov.supervision.query.api.report.AssessmentWeights;
import gov.supervision.query.api.report.DepartmentAssessment;
import gov.supervision.query.api.report.DepartmentReport;
import gov.supervision.query.api.report.DepartmentReportQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.test.context.TestPropertySource;

import static gov.supervision.query.QueryFixtures.END_OF_JUNE;
import static gov.supervision.query.QueryFixtures.HOUSING;
import static gov.supervision.query.QueryFixtures.VICE_MAYOR_WANG;
import static gov.supervision.query.QueryFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

/** A stricter scheme set as the office sets it, under {@code supervision.assessment.weights}. */
@ReportsOnH2
@TestPropertySource(properties = {
        "supervision.assessment.weights.on-time-share=50", "supervision.assessment.weights.base=50",
        "supervision.assessment.weights.overdue=10", "supervision.assessment.weights.yellow-warning=2",
        "supervision.assessment.weights.red-warning=6", "supervision.assessment.weights.escalation=10",
        "supervision.assessment.weights.finding=4", "supervision.assessment.weights.sanction=10",
        "supervision.assessment.weights.commendation=1"})
class DepartmentReportWeightsTest {

    private final ReportQueries queries;
    private final QueryFixtures.Feed feed;

    DepartmentReportWeightsTest(@Autowired ReportProjection projection, @Autowired ReportQueries queries,
                                @Autowired TestEntityManager entityManager) {
        this.queries = queries;
        this.feed = new QueryFixtures.Feed(entityManager, projection);
    }

    @Test
    void reportNamesTheYearAndTheWeightsItWasScoredBy() {
        feed.assign(QueryFixtures.id(), task("老旧小区改造", TaskCategory.MAJOR_PRIORITY, HOUSING, VICE_MAYOR_WANG,
                END_OF_JUNE));
        AssessmentWeights strict = new AssessmentWeights(50, 50, 10, 2, 6, 10, 4, 10, 1);

        DepartmentReport report = queries.handle(new DepartmentReportQuery(2023));

        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.weights()).isEqualTo(strict);
        assertThat(report.departments()).singleElement().extracting(DepartmentAssessment::score).isEqualTo(50.0);
    }
}
