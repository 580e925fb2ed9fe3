package gov.supervision.core.api.directory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Registers a department under its code, or changes its name, kind, aliases or standing; the code never changes, so
 * history and reports stay joined across a renaming. With {@code onlyIfAbsent} (the seed of a fresh store) a code
 * already registered is left as it is.
 */
public record RegisterDepartmentCommand(
        String code,
        String name,
        DepartmentKind kind,
        List<String> aliases,
        boolean active,
        boolean onlyIfAbsent) {

    public RegisterDepartmentCommand {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    @TargetAggregateIdentifier
    public String directoryId() {
        return DirectoryId.ID;
    }
}
