package gov.supervision.core.api.directory;

import java.util.List;

/** A leader was registered under the id their tokens carry. */
public record LeaderRegisteredEvent(
        String leaderId,
        String name,
        String title,
        List<String> departments,
        boolean cityGovernment) {

    public LeaderRegisteredEvent {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
