package gov.supervision.core.api.directory;

/** What kind of unit a department is: a city bureau (委办局), a county or district (县区), or an office (办公室). */
public enum DepartmentKind {
    BUREAU,
    COUNTY,
    OFFICE
}
