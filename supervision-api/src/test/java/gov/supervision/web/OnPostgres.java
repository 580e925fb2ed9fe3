package gov.supervision.web;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test class on PostgreSQL with the {@code postgres} profile, in a schema of its own (dropped and created
 * afresh before the class) of the database {@code SUPERVISION_TEST_POSTGRES_URL}. Put it on a small subclass of
 * an H2 test to run the same tests a second time on PostgreSQL. Skipped with a notice when PostgreSQL cannot be
 * reached, unless {@code SUPERVISION_TEST_POSTGRES=required}. See {@link PostgresTests}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresTests.class)
@ContextCustomizerFactories(PostgresTests.class)
@TestPropertySource(properties = "spring.profiles.include=postgres")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface OnPostgres {
}
