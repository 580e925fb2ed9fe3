package gov.supervision.query.report;

import gov.supervision.core.time.OfficeCalendar;
import gov.supervision.query.QueryFixtures;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The reports on H2, tables and views made by the Flyway migration; the office in Shanghai. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest
@Import({ReportProjection.class, ReportQueries.class, ReportTest.Office.class})
@interface ReportTest {

    @TestConfiguration
    class Office {
        @Bean
        OfficeCalendar officeCalendar() {
            return QueryFixtures.CALENDAR;
        }
    }
}
