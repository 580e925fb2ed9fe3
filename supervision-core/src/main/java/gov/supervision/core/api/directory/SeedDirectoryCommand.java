package gov.supervision.core.api.directory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Registers a seed file's departments, then its leaders, in one transaction: each as its own register command
 * would, so that what is already registered is left as the office made it.
 */
public record SeedDirectoryCommand(List<RegisterDepartmentCommand> departments, List<RegisterLeaderCommand> leaders) {

    public SeedDirectoryCommand {
        departments = departments == null ? List.of() : List.copyOf(departments);
        leaders = leaders == null ? List.of() : List.copyOf(leaders);
    }

    @TargetAggregateIdentifier
    public String directoryId() {
        return DirectoryId.ID;
    }
}
