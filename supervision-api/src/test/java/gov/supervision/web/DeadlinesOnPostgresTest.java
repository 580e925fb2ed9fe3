package gov.supervision.web;

/** Deadlines moved by the simulated clock, on PostgreSQL. */
@OnPostgres
class DeadlinesOnPostgresTest extends DeadlinesEndToEndTest {
}
