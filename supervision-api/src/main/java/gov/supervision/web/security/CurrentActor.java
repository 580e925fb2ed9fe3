package gov.supervision.web.security;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The actor of the current request, read from its verified token and nothing else. */
@Component
public class CurrentActor {

    private static final Set<Role> SEE_EVERY_TASK = Set.of(Role.SUPERVISOR, Role.AUDITOR, Role.LEADER);

    public Actor get() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("no authenticated actor in this request");
        }
        Jwt jwt = token.getToken();
        List<String> roles = jwt.getClaimAsStringList(TokenClaims.ROLES);
        Set<Role> parsed = roles.stream().map(Role::valueOf).collect(Collectors.toSet());
        String name = jwt.getClaimAsString(TokenClaims.NAME);
        return new Actor(jwt.getSubject(), name == null ? jwt.getSubject() : name, parsed,
                jwt.getClaimAsString(TokenClaims.DEPARTMENT));
    }

    public boolean hasAnyRole(Role... roles) {
        Actor actor = get();
        return Arrays.stream(roles).anyMatch(actor::has);
    }

    /**
     * The department whose view the ledger must be limited to, or null when the actor sees everything. A DEPARTMENT
     * token sees its own department's tasks, whatever else it carries, unless it also holds a role that reads every
     * task (SUPERVISOR, AUDITOR, LEADER), since more roles never see less than one of them alone. SYSTEM does not
     * widen a department's view: a department's own interface account is still that department. The command side
     * ({@code core.task.DepartmentAccess}) holds acting the same way: what a token does as a department stays its
     * department's unless it is also the office (SUPERVISOR); AUDITOR and LEADER let it read more, never act more.
     */
    public String departmentScope() {
        Actor actor = get();
        boolean seesAll = !actor.has(Role.DEPARTMENT) || SEE_EVERY_TASK.stream().anyMatch(actor::has);
        return seesAll ? null : actor.department();
    }
}
