package gov.supervision.web;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Signed tokens for each role, as an identity provider would issue them (real time, not the test clock). */
public final class Tokens {

    private final JwtEncoder encoder;

    public Tokens(JwtEncoder encoder) {
        this.encoder = encoder;
    }

    public String supervisor() {
        return token("sup-wang", "王督查", List.of("SUPERVISOR"), null, Duration.ofHours(1));
    }

    /** 李副市长 (leader-li), the leader in charge of the tests' tasks. */
    public String leader() {
        return leader("leader-li");
    }

    /** A leader of the directory by id; the name comes from the directory, not the token. */
    public String leader(String id) {
        return token(id, id, List.of("LEADER"), null, Duration.ofHours(1));
    }

    public String auditor() {
        return token("audit-zhao", "赵审计", List.of("AUDITOR"), null, Duration.ofHours(1));
    }

    public String system() {
        return token("hotline-12345", "12345热线", List.of("SYSTEM"), null, Duration.ofHours(1));
    }

    public String department(String department) {
        return token("dept-" + Math.abs(department.hashCode()), department + "办公室", List.of("DEPARTMENT"),
                department, Duration.ofHours(1));
    }

    public String token(String subject, String name, List<String> roles, String department, Duration lifetime) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .subject(subject)
                .issuedAt(now.minus(Duration.ofHours(2)))
                .expiresAt(now.plus(lifetime))
                .claim("name", name)
                .claim("roles", roles);
        if (department != null) {
            claims.claim("department", department);
        }
        return signed(claims.build());
    }

    /** A SUPERVISOR token whose times (or other claims) the test sets itself: {@code iat} and {@code exp} unset. */
    public String supervisorWith(Consumer<JwtClaimsSet.Builder> claims) {
        JwtClaimsSet.Builder builder = JwtClaimsSet.builder().subject("sup-wang").claim("name", "王督查")
                .claim("roles", List.of("SUPERVISOR"));
        claims.accept(builder);
        return signed(builder.build());
    }

    private String signed(JwtClaimsSet claims) {
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }
}
