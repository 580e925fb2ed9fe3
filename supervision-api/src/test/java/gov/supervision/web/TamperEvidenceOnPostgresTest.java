package gov.supervision.web;

/** Tampering with rows, on PostgreSQL. */
@OnPostgres
class TamperEvidenceOnPostgresTest extends TamperEvidenceTest {
}
