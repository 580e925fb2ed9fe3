package gov.supervision.web;

/** What the event store keeps, in bytea, on PostgreSQL. */
@OnPostgres
class StoredEventsOnPostgresTest extends StoredEventsTest {
}
