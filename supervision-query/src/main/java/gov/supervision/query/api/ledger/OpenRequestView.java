package gov.supervision.query.api.ledger;

import java.time.Instant;
import java.time.LocalDate;

/** An extension or completion request still waiting for the office's decision. */
public record OpenRequestView(
        String requestId,
        RequestType type,
        Instant requestedAt,
        LocalDate requestedDueDate,
        String reason) {

    public enum RequestType { EXTENSION, COMPLETION }
}
