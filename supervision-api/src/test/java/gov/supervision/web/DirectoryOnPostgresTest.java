package gov.supervision.web;

/** The directory and its resolution, on PostgreSQL. */
@OnPostgres
class DirectoryOnPostgresTest extends DirectoryEndToEndTest {
}
