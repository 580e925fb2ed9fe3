package gov.supervision.core.directory;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.directory.DepartmentChangedEvent;
import gov.supervision.core.api.directory.DepartmentKind;
import gov.supervision.core.api.directory.DirectoryId;
import gov.supervision.core.api.directory.DepartmentRegisteredEvent;
import gov.supervision.core.api.directory.LeaderChangedEvent;
import gov.supervision.core.api.directory.LeaderRegisteredEvent;
import gov.supervision.core.api.directory.NameKey;
import gov.supervision.core.api.directory.RegisterDepartmentCommand;
import gov.supervision.core.api.directory.RegisterLeaderCommand;
import gov.supervision.core.api.directory.SeedDirectoryCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The register of the city's departments (bureaus, counties, offices) and leaders. Names are not identities: a
 * department is its code, and every name and alias it answers to belongs to it alone, compared by {@link NameKey},
 * so that "市发改委" and "市发展改革委" are one unit and a stray no-break space names no phantom. A leader is the id
 * their tokens carry; their portfolio names registered departments only. Registering what is already registered
 * records nothing.
 */
@Aggregate
class Directory {

    @AggregateIdentifier
    private String directoryId;
    private final Map<String, Department> departments = new HashMap<>();
    private final Map<String, String> departmentKeys = new HashMap<>();
    private final Map<String, Leader> leaders = new HashMap<>();
    private final Map<String, String> leaderKeys = new HashMap<>();

    private record Department(String name, DepartmentKind kind, List<String> aliases, boolean active) {
    }

    private record Leader(String name, String title, List<String> departments, boolean cityGovernment) {
    }

    Directory() {
        // rebuilt from its events by Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SeedDirectoryCommand command) {
        command.departments().forEach(this::handle);
        command.leaders().forEach(this::handle);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterDepartmentCommand command) {
        Department existing = departments.get(command.code());
        if (existing != null && command.onlyIfAbsent()) {
            return;
        }
        List<String> aliases = distinctAliases(command.name(), command.aliases());
        List<String> claimed = names(command.name(), aliases);
        claimed.add(command.code());
        for (String name : claimed) {
            String holder = departmentKeys.get(NameKey.of(name));
            if (holder != null && !holder.equals(command.code())) {
                throw new RuleViolationException(RuleViolation.DIRECTORY_NAME_TAKEN,
                        "The name '" + name + "' already belongs to the department " + holder + ".");
            }
        }
        Department next = new Department(command.name(), command.kind(), aliases, command.active());
        if (existing == null) {
            apply(new DepartmentRegisteredEvent(command.code(), next.name(), next.kind(), aliases, next.active()));
        } else if (!existing.equals(next)) {
            apply(new DepartmentChangedEvent(command.code(), next.name(), next.kind(), aliases, next.active()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterLeaderCommand command) {
        Leader existing = leaders.get(command.leaderId());
        if (existing != null && command.onlyIfAbsent()) {
            return;
        }
        for (String code : command.departments()) {
            if (!departments.containsKey(code)) {
                throw new RuleViolationException(RuleViolation.UNKNOWN_DEPARTMENT,
                        "The directory has no department " + code + ".");
            }
        }
        String holder = leaderKeys.get(NameKey.of(command.name()));
        if (holder != null && !holder.equals(command.leaderId())) {
            throw new RuleViolationException(RuleViolation.DIRECTORY_NAME_TAKEN,
                    "The name '" + command.name() + "' already belongs to the leader " + holder + ".");
        }
        List<String> portfolio = List.copyOf(new LinkedHashSet<>(command.departments()));
        Leader next = new Leader(command.name(), command.title(), portfolio, command.cityGovernment());
        if (existing == null) {
            apply(new LeaderRegisteredEvent(command.leaderId(), next.name(), next.title(), portfolio,
                    next.cityGovernment()));
        } else if (!existing.equals(next)) {
            apply(new LeaderChangedEvent(command.leaderId(), next.name(), next.title(), portfolio,
                    next.cityGovernment()));
        }
    }

    /** The aliases in their given order, without repeats and without the name itself. */
    private static List<String> distinctAliases(String name, List<String> aliases) {
        Set<String> seen = new LinkedHashSet<>();
        seen.add(NameKey.of(name));
        List<String> distinct = new ArrayList<>();
        for (String alias : aliases) {
            if (seen.add(NameKey.of(alias))) {
                distinct.add(alias);
            }
        }
        return List.copyOf(distinct);
    }

    private static List<String> names(String name, List<String> aliases) {
        List<String> names = new ArrayList<>(aliases);
        names.add(0, name);
        return names;
    }

    @EventSourcingHandler
    void on(DepartmentRegisteredEvent event) {
        directoryId = DirectoryId.ID;
        index(event.code(), new Department(event.name(), event.kind(), event.aliases(), event.active()));
    }

    @EventSourcingHandler
    void on(DepartmentChangedEvent event) {
        index(event.code(), new Department(event.name(), event.kind(), event.aliases(), event.active()));
    }

    @EventSourcingHandler
    void on(LeaderRegisteredEvent event) {
        directoryId = DirectoryId.ID;
        index(event.leaderId(), new Leader(event.name(), event.title(), event.departments(), event.cityGovernment()));
    }

    @EventSourcingHandler
    void on(LeaderChangedEvent event) {
        index(event.leaderId(), new Leader(event.name(), event.title(), event.departments(), event.cityGovernment()));
    }

    private void index(String code, Department department) {
        departmentKeys.values().removeIf(code::equals);
        departments.put(code, department);
        departmentKeys.put(NameKey.of(code), code);
        names(department.name(), department.aliases()).forEach(name -> departmentKeys.put(NameKey.of(name), code));
    }

    private void index(String leaderId, Leader leader) {
        leaderKeys.values().removeIf(leaderId::equals);
        leaders.put(leaderId, leader);
        leaderKeys.put(NameKey.of(leaderId), leaderId);
        leaderKeys.put(NameKey.of(leader.name()), leaderId);
    }
}
