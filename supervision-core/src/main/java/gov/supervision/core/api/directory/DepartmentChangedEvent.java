package gov.supervision.core.api.directory;

import java.util.List;

/** A department was changed: its code stays, so what it did before stays its own. */
public record DepartmentChangedEvent(
        String code,
        String name,
        DepartmentKind kind,
        List<String> aliases,
        boolean active) {

    public DepartmentChangedEvent {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
