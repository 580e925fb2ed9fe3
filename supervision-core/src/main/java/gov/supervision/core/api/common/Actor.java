package gov.supervision.core.api.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who did it: taken from the verified token, never from a request body, and stored in the metadata of
 * every event. Kept as flat strings in the metadata so that it reads back the same from any serializer. A
 * department acts under its canonical name and its code in the directory; events from before the directory carry
 * the name only.
 */
public record Actor(String id, String name, Set<Role> roles, String department,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String departmentCode) {

    public static final String ID = "actorId";
    public static final String NAME = "actorName";
    public static final String ROLES = "actorRoles";
    public static final String DEPARTMENT = "actorDepartment";
    public static final String DEPARTMENT_CODE = "actorDepartmentCode";

    /** The actor of automatic steps (deadlines, policies). */
    public static final Actor SYSTEM = new Actor("system", "督查督办系统", Set.of(Role.SYSTEM), null);

    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public Actor(String id, String name, Set<Role> roles, String department) {
        this(id, name, roles, department, null);
    }

    /** Whether the actor acts as this department: by its code, or by its name on a task from before the directory. */
    public boolean actsAs(String departmentKey) {
        return departmentKey != null && (departmentKey.equals(departmentCode) || departmentKey.equals(department));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Map<String, String> toMetaData() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ID, id);
        values.put(NAME, name);
        values.put(ROLES, roles.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        if (department != null) {
            values.put(DEPARTMENT, department);
        }
        if (departmentCode != null) {
            values.put(DEPARTMENT_CODE, departmentCode);
        }
        return values;
    }

    /** Reads the actor back from message metadata; a message without one was sent by the system itself. */
    public static Actor fromMetaData(Map<String, ?> metaData) {
        Object id = metaData.get(ID);
        if (id == null) {
            return SYSTEM;
        }
        Object roles = metaData.get(ROLES);
        Set<Role> parsed = roles == null || roles.toString().isBlank()
                ? Set.of()
                : Arrays.stream(roles.toString().split(","))
                        .map(String::trim)
                        .map(Role::valueOf)
                        .collect(Collectors.toCollection(TreeSet::new));
        return new Actor(id.toString(), text(metaData.get(NAME)), parsed, text(metaData.get(DEPARTMENT)),
                text(metaData.get(DEPARTMENT_CODE)));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
