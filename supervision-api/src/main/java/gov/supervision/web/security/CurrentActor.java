package gov.supervision.web.security;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.query.api.directory.DepartmentEntry;
import gov.supervision.query.api.directory.DirectorySnapshot;
import gov.supervision.query.api.directory.LeaderEntry;
import gov.supervision.web.directory.DirectoryResolver;
import gov.supervision.web.error.ForbiddenException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The actor of the current request, read from its verified token and the directory, and nothing else. A
 * DEPARTMENT token's department (a code or a registered name) becomes the directory's code and canonical name; a
 * LEADER token's {@code sub} must be a registered leader, whose name is the directory's, not the token's: a leader
 * is who the register says, not whoever says so.
 */
@Component
public class CurrentActor {

    private static final Set<Role> SEE_EVERY_TASK = Set.of(Role.SUPERVISOR, Role.AUDITOR, Role.LEADER);

    private final DirectoryResolver directory;

    public CurrentActor(DirectoryResolver directory) {
        this.directory = directory;
    }

    public Actor get() {
        Jwt jwt = token();
        List<String> roles = jwt.getClaimAsStringList(TokenClaims.ROLES);
        Set<Role> parsed = roles.stream().map(Role::valueOf).collect(Collectors.toSet());
        String name = jwt.getClaimAsString(TokenClaims.NAME);
        String department = jwt.getClaimAsString(TokenClaims.DEPARTMENT);
        String departmentCode = null;
        DirectorySnapshot register = parsed.contains(Role.DEPARTMENT) || parsed.contains(Role.LEADER)
                ? directory.snapshot() : null;
        if (parsed.contains(Role.DEPARTMENT)) {
            DepartmentEntry entry = register.department(department).orElseThrow(() -> new ForbiddenException(
                    "UNKNOWN_DEPARTMENT", "The token's department is not registered in the directory."));
            department = entry.name();
            departmentCode = entry.code();
        }
        if (parsed.contains(Role.LEADER)) {
            name = leader(register, jwt.getSubject()).name();
        }
        return new Actor(jwt.getSubject(), name == null ? jwt.getSubject() : name, parsed, department,
                departmentCode);
    }

    public boolean hasAnyRole(Role... roles) {
        Actor actor = get();
        return Arrays.stream(roles).anyMatch(actor::has);
    }

    /** Whether the caller is a leader the directory marks for city-government decisions. */
    public boolean decidesForCityGovernment() {
        Jwt jwt = token();
        List<String> roles = jwt.getClaimAsStringList(TokenClaims.ROLES);
        return roles.contains(Role.LEADER.name()) && leader(directory.snapshot(), jwt.getSubject()).cityGovernment();
    }

    /**
     * The department (its code) whose view the ledger must be limited to, or null when the actor sees everything. A
     * DEPARTMENT token sees its own department's tasks, whatever else it carries, unless it also holds a role that
     * reads every task (SUPERVISOR, AUDITOR, LEADER), since more roles never see less than one of them alone. SYSTEM
     * does not widen a department's view: a department's own interface account is still that department. The
     * command side ({@code core.task.DepartmentAccess}) holds acting the same way: what a token does as a department
     * stays its department's unless it is also the office (SUPERVISOR); AUDITOR and LEADER let it read more, never
     * act more.
     */
    public String departmentScope() {
        Actor actor = get();
        boolean seesAll = !actor.has(Role.DEPARTMENT) || SEE_EVERY_TASK.stream().anyMatch(actor::has);
        return seesAll ? null : actor.departmentCode();
    }

    private static LeaderEntry leader(DirectorySnapshot register, String subject) {
        return register.leaderById(subject).orElseThrow(() -> new ForbiddenException("UNKNOWN_LEADER",
                "A LEADER token's subject must be the id of a leader registered in the directory."));
    }

    private static Jwt token() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("no authenticated actor in this request");
        }
        return token.getToken();
    }
}
