package gov.supervision.query.api.directory;

import gov.supervision.core.api.directory.NameKey;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The directory at one version: every department and leader, and the lookup by code, name or alias (compared as
 * {@link NameKey} compares them) that every command and token goes through.
 */
public final class DirectorySnapshot {

    public static final DirectorySnapshot EMPTY = new DirectorySnapshot(-1, List.of(), List.of());

    private final long version;
    private final List<DepartmentEntry> departments;
    private final List<LeaderEntry> leaders;
    private final Map<String, DepartmentEntry> departmentsByKey = new HashMap<>();
    private final Map<String, LeaderEntry> leadersByKey = new HashMap<>();

    public DirectorySnapshot(long version, List<DepartmentEntry> departments, List<LeaderEntry> leaders) {
        this.version = version;
        this.departments = departments.stream().sorted(Comparator.comparing(DepartmentEntry::code)).toList();
        this.leaders = leaders.stream().sorted(Comparator.comparing(LeaderEntry::id)).toList();
        for (DepartmentEntry department : this.departments) {
            departmentsByKey.put(NameKey.of(department.name()), department);
            department.aliases().forEach(alias -> departmentsByKey.put(NameKey.of(alias), department));
        }
        // Codes win over names: a code is what a department is.
        this.departments.forEach(department -> departmentsByKey.put(NameKey.of(department.code()), department));
        this.leaders.forEach(leader -> leadersByKey.put(NameKey.of(leader.name()), leader));
        this.leaders.forEach(leader -> leadersByKey.put(NameKey.of(leader.id()), leader));
    }

    /** The directory's event sequence number; -1 while nothing is registered. */
    public long version() {
        return version;
    }

    public List<DepartmentEntry> departments() {
        return departments;
    }

    public List<LeaderEntry> leaders() {
        return leaders;
    }

    /** The department a code, name or alias names. */
    public Optional<DepartmentEntry> department(String codeOrName) {
        return Optional.ofNullable(departmentsByKey.get(NameKey.of(codeOrName)));
    }

    /** The leader registered under exactly this id, as a token's {@code sub} names them. */
    public Optional<LeaderEntry> leaderById(String id) {
        return leaders.stream().filter(leader -> leader.id().equals(id)).findFirst();
    }

    /** The leader an id or name names. */
    public Optional<LeaderEntry> leader(String idOrName) {
        return Optional.ofNullable(leadersByKey.get(NameKey.of(idOrName)));
    }
}
