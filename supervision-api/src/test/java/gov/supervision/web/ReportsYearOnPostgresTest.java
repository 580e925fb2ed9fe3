package gov.supervision.web;

/** The year of reports, its SQL views included, on PostgreSQL. */
@OnPostgres
class ReportsYearOnPostgresTest extends ReportsYearTest {
}
