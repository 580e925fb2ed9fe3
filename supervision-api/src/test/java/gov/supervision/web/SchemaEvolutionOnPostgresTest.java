package gov.supervision.web;

/** An event in its old shape still loads, on PostgreSQL. */
@OnPostgres
class SchemaEvolutionOnPostgresTest extends SchemaEvolutionTest {
}
