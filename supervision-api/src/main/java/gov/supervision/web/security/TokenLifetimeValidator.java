package gov.supervision.web.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token must say when it expires ({@code exp}), and may live no longer than
 * {@code supervision.security.max-token-lifetime}, counted from when it was issued ({@code iat}) or, without one,
 * from now: a token that never expires, or lives for a year, is a standing key once it leaks. A token issued in the
 * future is refused too, or it could push its lifetime past the ceiling. Whether it has already expired is checked
 * beside this by Spring's own timestamp validator, with the same tolerance for clocks a minute apart.
 */
final class TokenLifetimeValidator implements OAuth2TokenValidator<Jwt> {

    private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final Duration maxLifetime;
    private final Clock clock;

    TokenLifetimeValidator(Duration maxLifetime, Clock clock) {
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Instant expiresAt = token.getExpiresAt();
        if (expiresAt == null) {
            return invalid("the token has no expiry (exp)");
        }
        Instant now = clock.instant();
        Instant issuedAt = token.getIssuedAt();
        if (issuedAt != null && issuedAt.isAfter(now.plus(CLOCK_SKEW))) {
            return invalid("the token is issued in the future (iat)");
        }
        Instant from = issuedAt == null ? now : issuedAt;
        if (Duration.between(from, expiresAt).compareTo(maxLifetime) > 0) {
            return invalid("the token lives longer than " + maxLifetime + " (supervision.security.max-token-lifetime)");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult invalid(String reason) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", reason, null));
    }
}
