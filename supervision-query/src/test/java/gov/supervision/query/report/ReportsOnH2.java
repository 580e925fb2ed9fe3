package gov.supervision.query.report;

import gov.supervision.core.time.OfficeCalendar;
import gov.supervision.query.QueryFixtures;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
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
 * Shanghai on 15 January 2024 (so the year 2023 is cut off), the assessment settings as the test sets them (else the
 * defaults), the assessment schemes' register in an event store of its own that a test may record versions in.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest
@Import({ReportProjection.class, YearEndExplanations.class, ReportQueries.class, AssessmentSchemeQueries.class,
        ReportsOnH2.Office.class})
@interface ReportsOnH2 {

    @TestConfiguration
    @EnableConfigurationProperties(AssessmentSettings.class)
    class Office {
        @Bean
        OfficeCalendar officeCalendar() {
            return QueryFixtures.CALENDAR;
        }

        @Bean
        EventStore schemeRegister() {
            return EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        }
    }
}
