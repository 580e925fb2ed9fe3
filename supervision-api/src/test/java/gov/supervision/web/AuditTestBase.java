package gov.supervision.web;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Audit tests tamper with stored rows and move the clock, so they have a database and context of their own
 * (dropped with it) and leave nothing behind for other tests.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:audit-tests")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class AuditTestBase extends ApiTestBase {
}
