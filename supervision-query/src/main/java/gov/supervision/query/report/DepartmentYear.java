package gov.supervision.query.report;

/** A row of {@code v_department_year}: a department's figures for a year, as {@link DepartmentScore} weighs them. */
record DepartmentYear(
        String department,
        long assigned,
        long closed,
        long closedOnTime,
        long overdue,
        long yellowWarnings,
        long redWarnings,
        long escalations,
        long findings,
        long accountabilityRecords,
        long sanctions,
        long commendations,
        long escalationsAsked,
        long coTasks,
        long coReports) {
}
