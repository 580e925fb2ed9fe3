package gov.supervision.core.api.directory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Registers a leader under the id their tokens carry as {@code sub}, or changes them: name, title, the departments
 * in their portfolio (codes) and whether they decide for the city government. With {@code onlyIfAbsent} a leader
 * already registered is left as they are.
 */
public record RegisterLeaderCommand(
        String leaderId,
        String name,
        String title,
        List<String> departments,
        boolean cityGovernment,
        boolean onlyIfAbsent) {

    public RegisterLeaderCommand {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    @TargetAggregateIdentifier
    public String directoryId() {
        return DirectoryId.ID;
    }
}
