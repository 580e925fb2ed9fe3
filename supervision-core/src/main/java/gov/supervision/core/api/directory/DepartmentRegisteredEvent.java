package gov.supervision.core.api.directory;

import java.util.List;

/** A department was registered under its code. */
public record DepartmentRegisteredEvent(
        String code,
        String name,
        DepartmentKind kind,
        List<String> aliases,
        boolean active) {

    public DepartmentRegisteredEvent {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
