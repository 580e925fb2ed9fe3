package gov.supervision.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code supervision.security.*}: {@code jwtSecret} verifies HS256 tokens; {@code devTokens} serves the token
 * endpoint of the embedded default (never with the production profile), whose tokens last {@code devTokenLifetime}.
 */
@ConfigurationProperties("supervision.security")
record SecurityProperties(String jwtSecret, boolean devTokens, Duration devTokenLifetime) {

    SecurityProperties {
        devTokenLifetime = devTokenLifetime == null ? Duration.ofHours(12) : devTokenLifetime;
    }
}
