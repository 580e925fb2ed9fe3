package gov.supervision.web.feed;

import gov.supervision.web.OnPostgres;

/** The outbound feed's webhooks, on PostgreSQL. */
@OnPostgres
class WebhooksOnPostgresTest extends WebhooksEndToEndTest {
}
