package gov.supervision.query.api.directory;

import java.util.List;

/**
 * A registered leader: the id their tokens carry, name, title, the departments of their portfolio (codes) and
 * whether they decide city-government escalations.
 */
public record LeaderEntry(String id, String name, String title, List<String> departments, boolean cityGovernment) {

    public LeaderEntry {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }
}
