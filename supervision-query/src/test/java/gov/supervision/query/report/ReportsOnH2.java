package gov.supervision.query.report;

import gov.supervision.core.time.OfficeCalendar;
import gov.supervision.query.QueryFixtures;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The reports' projections and queries on H2, tables and views made by the Flyway migrations; the office in
 * Shanghai, the score weighted by {@code supervision.assessment.weights.*} as the test sets them (else the defaults).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest
@Import({ReportProjection.class, YearEndExplanations.class, ReportQueries.class, ReportsOnH2.Office.class})
@interface ReportsOnH2 {

    @TestConfiguration
    @EnableConfigurationProperties(DepartmentScore.class)
    class Office {
        @Bean
        OfficeCalendar officeCalendar() {
            return QueryFixtures.CALENDAR;
        }
    }
}
