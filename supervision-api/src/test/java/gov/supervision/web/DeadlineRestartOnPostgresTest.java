package gov.supervision.web;

import org.springframework.context.ConfigurableApplicationContext;

/** A deadline survives a restart on PostgreSQL too: both servers share the class's schema. */
@OnPostgres
class DeadlineRestartOnPostgresTest extends DeadlineRestartTest {

    @Override
    protected ConfigurableApplicationContext start() {
        return Servers.startOn(dataDir, PostgresTests.arguments(getClass()));
    }
}
