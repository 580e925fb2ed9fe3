package gov.supervision.query.ledger;

import gov.supervision.core.api.task.TimeRule;
import gov.supervision.core.api.task.WarningLevel;

/** A warning still in force on a task; {@code rule} null when it was issued by hand. */
record ActiveWarning(WarningLevel level, TimeRule rule) {
}
