package gov.supervision.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

/**
 * Whether this server hands out development tokens ({@link DevTokenController}), and why not. Only the embedded
 * default does, as a newcomer starts it: {@code supervision.security.dev-tokens=true}, no {@code postgres} profile, no
 * identity provider, and the built-in development secret of {@code application.yml}. That secret is public, so tokens
 * signed with it prove nothing anyway; a server given a secret of its own (the property or
 * {@code SUPERVISION_SECURITY_JWT_SECRET}) is one whose tokens must mean something, and it never signs them for
 * whoever asks. Says so in one line at start-up.
 */
@Component
class DevTokens {

    /** The secret of the embedded default's {@code application.yml}; the same value there, or no dev tokens. */
    static final String DEVELOPMENT_SECRET = "embedded-default-development-secret-change-me-0123456789";

    private static final Logger log = LoggerFactory.getLogger(DevTokens.class);

    record State(boolean on, String reason) {

        String describe() {
            return on ? "Development tokens are ON: " + reason
                    : "Development tokens are off: " + reason;
        }
    }

    private final Environment environment;

    DevTokens(Environment environment) {
        this.environment = environment;
    }

    static State of(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("postgres"))) {
            return new State(false, "the postgres profile never serves them.");
        }
        if (!environment.getProperty("supervision.security.dev-tokens", Boolean.class, false)) {
            return new State(false, "supervision.security.dev-tokens is false.");
        }
        if (!environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "").isBlank()) {
            return new State(false, "tokens come from the identity provider "
                    + "(spring.security.oauth2.resourceserver.jwt.issuer-uri).");
        }
        if (!DEVELOPMENT_SECRET.equals(environment.getProperty("supervision.security.jwt-secret"))) {
            return new State(false, "a secret of its own is configured (supervision.security.jwt-secret or "
                    + "SUPERVISION_SECURITY_JWT_SECRET), so tokens come from whoever holds it.");
        }
        return new State(true, "POST /api/v1/dev/tokens signs tokens with the public development secret for "
                + "callers on this machine (127.0.0.1, ::1) only; set SUPERVISION_SECURITY_JWT_SECRET on any "
                + "server others reach.");
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        State state = of(environment);
        if (state.on()) {
            log.warn(state.describe());
        } else {
            log.info(state.describe());
        }
    }

    /** Registers {@link DevTokenController} only when development tokens are on. */
    static final class On implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return of(context.getEnvironment()).on();
        }
    }
}
