package gov.supervision.web;

/** The closed loop, on PostgreSQL. */
@OnPostgres
class ClosedLoopOnPostgresTest extends ClosedLoopEndToEndTest {
}
