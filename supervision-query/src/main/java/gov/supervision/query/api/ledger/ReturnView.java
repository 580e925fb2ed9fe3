package gov.supervision.query.api.ledger;

import java.time.Instant;

/**
 * The latest return of a task (退回): the department that returned it (its code, or its name on a task from before
 * the directory), why, whom it suggested instead (by name and code, either may be null) and when.
 */
public record ReturnView(
        String department,
        String reason,
        String suggestedDepartment,
        String suggestedDepartmentCode,
        Instant returnedAt) {
}
