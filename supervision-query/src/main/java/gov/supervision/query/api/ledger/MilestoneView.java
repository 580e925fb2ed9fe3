package gov.supervision.query.api.ledger;

import java.time.Instant;
import java.time.LocalDate;

/** A milestone with its state: reached (and when, by whose report) or not yet. */
public record MilestoneView(String name, LocalDate dueDate, boolean reached, Instant reachedAt) {
}
