package gov.supervision.web;

/** Idempotency keys and If-Match, on PostgreSQL. */
@OnPostgres
class IdempotencyAndVersionOnPostgresTest extends IdempotencyAndVersionTest {
}
