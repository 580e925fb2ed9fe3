package gov.supervision.query.ledger;

/** How a department stands to a task; ANCESTOR: it leads or co-operates on a task above it. */
enum DepartmentRelation {
    LEAD,
    CO,
    ANCESTOR
}
