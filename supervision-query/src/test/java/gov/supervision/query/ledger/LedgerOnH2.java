package gov.supervision.query.ledger;

import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The ledger's projection and queries on H2, its schema made by the Flyway migrations and checked by Hibernate. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest
@Import({LedgerProjection.class, LedgerQueries.class, LedgerSearch.class})
@interface LedgerOnH2 {
}
