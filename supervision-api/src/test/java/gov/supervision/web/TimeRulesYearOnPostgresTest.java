package gov.supervision.web;

/** The year of the rules of time on PostgreSQL. */
@OnPostgres
class TimeRulesYearOnPostgresTest extends TimeRulesYearTest {
}
