package gov.supervision.web;

/** Tasks as they stood, and who may see them, on PostgreSQL. */
@OnPostgres
class TimeTravelAndAccessOnPostgresTest extends TimeTravelAndAccessTest {
}
