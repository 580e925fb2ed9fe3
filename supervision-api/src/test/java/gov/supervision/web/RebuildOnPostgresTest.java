package gov.supervision.web;

/** Rebuilt read models equal the live ones, on PostgreSQL. */
@OnPostgres
class RebuildOnPostgresTest extends RebuildTest {
}
