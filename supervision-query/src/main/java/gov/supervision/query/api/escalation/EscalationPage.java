package gov.supervision.query.api.escalation;

import java.util.List;

/** A page of escalations, as {@code GET /escalations} answers it. */
public record EscalationPage(List<EscalationView> items, int page, int size, long total) {
}
