package gov.supervision.web.security;

import gov.supervision.core.api.common.Role;
import gov.supervision.web.error.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Hands out signed tokens on the embedded default so a newcomer can drive the API at once, to callers on the same
 * machine only. Exists only while {@link DevTokens} says so: never with the production profile, an identity provider
 * or a secret of the operator's own, because there tokens come from the government's identity provider or whoever
 * holds that secret.
 */
@RestController
@Conditional(DevTokens.On.class)
class DevTokenController {

    /** The loopback addresses as the servlet container reports a caller on this machine. */
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "0:0:0:0:0:0:0:1");

    // Tokens expire by the wall clock that verifies them, not by the application's (possibly simulated) clock.
    private final Clock clock = Clock.systemUTC();
    private final JwtEncoder encoder;
    private final SecurityProperties properties;

    DevTokenController(JwtEncoder encoder, SecurityProperties properties) {
        this.encoder = encoder;
        this.properties = properties;
    }

    record TokenRequest(
            @Size(max = 100) String sub,
            @Size(max = 100) String name,
            @NotEmpty @Size(max = 5) List<Role> roles,
            @Size(max = 100) String department) {

        @AssertTrue(message = "a DEPARTMENT token must name its department")
        boolean isDepartmentNamed() {
            return roles == null || !roles.contains(Role.DEPARTMENT) || (department != null && !department.isBlank());
        }
    }

    record TokenAnswer(String token, Instant expiresAt) {
    }

    @Operation(summary = "Development only: sign a token for the given roles, for callers on this machine "
            + "(absent with the postgres profile, an identity provider or a secret of the operator's own)")
    @PostMapping("/api/v1/dev/tokens")
    TokenAnswer issue(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        if (!LOOPBACK.contains(http.getRemoteAddr())) {
            throw new ForbiddenException("DEV_TOKENS_LOCAL_ONLY",
                    "Development tokens are handed out only to callers on the server's own machine.");
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.devTokenLifetime());
        String subject = request.sub() == null ? "dev-" + UUID.randomUUID() : request.sub();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .subject(subject)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim(TokenClaims.NAME, request.name() == null ? subject : request.name())
                .claim(TokenClaims.ROLES, request.roles().stream().map(Enum::name).toList());
        if (properties.issuer() != null) {
            claims.issuer(properties.issuer());
        }
        if (properties.audience() != null) {
            claims.audience(List.of(properties.audience()));
        }
        if (request.department() != null) {
            claims.claim(TokenClaims.DEPARTMENT, request.department());
        }
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new TokenAnswer(token, expiresAt);
    }
}
