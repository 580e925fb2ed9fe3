package gov.supervision.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code supervision.security.*}: {@code jwtSecret} verifies HS256 tokens; {@code devTokens} serves the token
 * endpoint of the embedded default (only with its built-in development secret, see {@link DevTokens}), whose tokens
 * last {@code devTokenLifetime}. Every token must expire, no later than {@code maxTokenLifetime} after it was issued;
 * {@code issuer} and {@code audience}, when set, must be the token's {@code iss} and one of its {@code aud}.
 * <p>
 * The ceiling defaults to one day: the identity provider's access tokens live minutes to an hour, a service token
 * of the hotline or a scraper at most a working day, and the development tokens 12 hours; a token that leaks is
 * worthless a day later at the latest, and no token needs to outlive one.
 */
@ConfigurationProperties("supervision.security")
record SecurityProperties(String jwtSecret, boolean devTokens, Duration devTokenLifetime, Duration maxTokenLifetime,
                          String issuer, String audience) {

    SecurityProperties {
        devTokenLifetime = devTokenLifetime == null ? Duration.ofHours(12) : devTokenLifetime;
        maxTokenLifetime = maxTokenLifetime == null ? Duration.ofDays(1) : maxTokenLifetime;
        issuer = issuer == null || issuer.isBlank() ? null : issuer;
        audience = audience == null || audience.isBlank() ? null : audience;
        if (maxTokenLifetime.isNegative() || maxTokenLifetime.isZero()) {
            throw new IllegalArgumentException("supervision.security.max-token-lifetime must be positive");
        }
        if (devTokenLifetime.isNegative() || devTokenLifetime.isZero()
                || devTokenLifetime.compareTo(maxTokenLifetime) > 0) {
            throw new IllegalArgumentException("supervision.security.dev-token-lifetime (" + devTokenLifetime
                    + ") must be positive and no longer than supervision.security.max-token-lifetime ("
                    + maxTokenLifetime + "), or no development token would be accepted");
        }
    }
}
