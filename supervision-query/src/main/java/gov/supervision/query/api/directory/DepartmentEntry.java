package gov.supervision.query.api.directory;

import gov.supervision.core.api.directory.DepartmentKind;

import java.util.List;

/** A registered department: its code, canonical name, kind, aliases and whether it still takes new tasks. */
public record DepartmentEntry(String code, String name, DepartmentKind kind, List<String> aliases, boolean active) {

    public DepartmentEntry {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
