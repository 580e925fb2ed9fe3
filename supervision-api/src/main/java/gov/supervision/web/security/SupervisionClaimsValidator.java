package gov.supervision.web.security;

import gov.supervision.core.api.common.Role;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A token is only usable when it names its subject and known roles, and a DEPARTMENT token names its
 * department: every event records who acted, and a department acts only on its own tasks.
 */
class SupervisionClaimsValidator implements OAuth2TokenValidator<Jwt> {

    private static final Set<String> ROLES =
            Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet());

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        List<String> roles = token.getClaimAsStringList(TokenClaims.ROLES);
        if (token.getSubject() == null || token.getSubject().isBlank()) {
            return invalid("the token has no subject");
        }
        if (roles == null || roles.isEmpty() || !ROLES.containsAll(roles)) {
            return invalid("the token names no known roles");
        }
        String department = token.getClaimAsString(TokenClaims.DEPARTMENT);
        if (roles.contains(Role.DEPARTMENT.name()) && (department == null || department.isBlank())) {
            return invalid("a DEPARTMENT token must name its department");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult invalid(String reason) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", reason, null));
    }
}
