package gov.supervision.web.security;

import gov.supervision.core.api.common.Role;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
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
import java.util.UUID;

/**
 * Hands out signed tokens on the embedded default so a newcomer can drive the API at once. Never part of
 * the production profile: there tokens come from the government's identity provider.
 */
@RestController
@Profile("!postgres")
@ConditionalOnProperty(name = "supervision.security.dev-tokens", havingValue = "true")
class DevTokenController {

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

    @Operation(summary = "Development only: sign a token for the given roles (absent with the postgres profile)")
    @PostMapping("/api/v1/dev/tokens")
    TokenAnswer issue(@Valid @RequestBody TokenRequest request) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.devTokenLifetime());
        String subject = request.sub() == null ? "dev-" + UUID.randomUUID() : request.sub();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .subject(subject)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim(TokenClaims.NAME, request.name() == null ? subject : request.name())
                .claim(TokenClaims.ROLES, request.roles().stream().map(Enum::name).toList());
        if (request.department() != null) {
            claims.claim(TokenClaims.DEPARTMENT, request.department());
        }
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new TokenAnswer(token, expiresAt);
    }
}
