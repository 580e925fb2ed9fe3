package gov.supervision.web;

import org.springframework.test.context.TestPropertySource;

/**
 * The postgres profile as deployed: PostgreSQL, its dialect, the system clock and db-scheduler polling for real;
 * still no token endpoint and no simulated clock.
 */
@OnPostgres
@TestPropertySource(properties = "spring.jpa.database-platform=gov.supervision.infrastructure.persistence.ByteaEnforcedPostgresSQLDialect")
class ProductionProfileOnPostgresTest extends ProductionProfileTest {
}
