package gov.supervision.core.api.directory;

import java.util.List;

/** A leader was changed: name, title, portfolio or city-government standing. */
public record LeaderChangedEvent(
        String leaderId,
        String name,
        String title,
        List<String> departments,
        boolean cityGovernment) {

    public LeaderChangedEvent {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
