package gov.supervision.query.audit;

import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The event table on H2 (a test-only migration copies supervision-api's), read and tampered with over JDBC. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcTest(properties = "spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/eventstore")
@interface EventTableOnH2 {
}
