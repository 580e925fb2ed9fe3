package gov.supervision.web.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When development tokens are on: the embedded default's own {@code application.yml} and nothing else, whatever
 * an operator adds on top (environment variables, properties, a profile).
 */
@ExtendWith(OutputCaptureExtension.class)
class DevTokensTest {

    @Test
    void theEmbeddedDefaultAsShippedServesDevelopmentTokens() throws IOException {
        DevTokens.State state = DevTokens.of(embeddedDefault(Map.of()));

        assertThat(state.on()).as(state.reason()).isTrue();
    }

    @Test
    void theOperatorsSecretInTheEnvironmentTurnsDevelopmentTokensOff() throws IOException {
        for (String variable : new String[]{"SUPERVISION_SECURITY_JWT_SECRET", "SUPERVISION_SECURITY_JWTSECRET"}) {
            DevTokens.State state = DevTokens.of(embeddedDefault(
                    Map.of(variable, "an-operators-own-secret-of-32-bytes-or-more-0123456789")));

            assertThat(state.on()).as(variable).isFalse();
            assertThat(state.reason()).contains("SUPERVISION_SECURITY_JWT_SECRET");
        }
    }

    @Test
    void anIdentityProviderThePostgresProfileOrTheSwitchTurnDevelopmentTokensOff() throws IOException {
        StandardEnvironment identityProvider = embeddedDefault(
                Map.of("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "https://idp.example/realms/gov"));
        StandardEnvironment postgres = embeddedDefault(Map.of());
        postgres.setActiveProfiles("postgres");
        StandardEnvironment switchedOff = embeddedDefault(Map.of("SUPERVISION_SECURITY_DEV_TOKENS", "false"));

        assertThat(DevTokens.of(identityProvider).reason()).contains("identity provider");
        assertThat(DevTokens.of(postgres).reason()).contains("postgres");
        assertThat(DevTokens.of(switchedOff).reason()).contains("dev-tokens is false");
        assertThat(DevTokens.of(identityProvider).on() || DevTokens.of(postgres).on() || DevTokens.of(switchedOff).on())
                .isFalse();
    }

    @Test
    void theStartUpLogSaysInOneLineWhetherDevelopmentTokensAreOnAndWhyNot(CapturedOutput output) throws IOException {
        new DevTokens(embeddedDefault(Map.of())).announce();
        new DevTokens(embeddedDefault(Map.of("SUPERVISION_SECURITY_JWT_SECRET",
                "an-operators-own-secret-of-32-bytes-or-more-0123456789"))).announce();

        assertThat(output.getOut().lines().filter(line -> line.contains("Development tokens are ON: "))
                .filter(line -> line.contains("127.0.0.1"))).hasSize(1);
        assertThat(output.getOut().lines().filter(line -> line.contains("Development tokens are off: a secret of "
                + "its own is configured"))).hasSize(1);
    }

    /**
     * The shipped application.yml beneath the given environment variables, as Spring Boot orders and reads them
     * (with its relaxed names: {@code JWT_SECRET} and {@code JWTSECRET} alike).
     */
    private static StandardEnvironment embeddedDefault(Map<String, Object> variables) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        for (PropertySource<?> yml : new YamlPropertySourceLoader().load("application.yml",
                new ClassPathResource("application.yml"))) {
            environment.getPropertySources().addLast(yml);
        }
        ConfigurationPropertySources.attach(environment);
        return environment;
    }
}
