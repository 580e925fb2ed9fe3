package gov.supervision.web.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;
import gov.supervision.web.WebSliceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With an identity provider ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}) Spring Boot's decoder
 * verifies the tokens; the application's rules apply there too. The provider here is a stand-in on a local port that
 * publishes its discovery document and its key.
 */
@WebSliceTest(DevTokenController.class)
class IdentityProviderTokensTest {

    private static final RSAKey KEY = rsaKey();
    private static final HttpServer PROVIDER = provider();
    private static final String ISSUER = "http://127.0.0.1:" + PROVIDER.getAddress().getPort() + "/realms/gov";

    @Autowired
    JwtDecoder decoder;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> ISSUER);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop(0);
    }

    @Test
    void aTokenOfTheProviderWithinTheRulesIsAccepted() {
        assertThat(decoder.decode(token(claims -> claims)).getSubject()).isEqualTo("sup-wang");
    }

    @Test
    void aTokenOfTheProviderWithoutExpiryOrBeyondTheCeilingIsRefused() {
        Instant now = Instant.now();
        assertRefused(token(claims -> claims.claims(all -> all.remove("exp"))));
        assertRefused(token(claims -> claims.expiresAt(now.plus(Duration.ofDays(2)))));
    }

    @Test
    void aTokenOfTheProviderWithoutTheClaimsTheApplicationReadsIsRefused() {
        assertRefused(token(claims -> claims.claims(all -> all.remove("roles"))));
        assertRefused(token(claims -> claims.claim("roles", List.of("DEPARTMENT"))));
    }

    private void assertRefused(String token) {
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    /** A supervisor's token of the provider for an hour, changed as the test says. */
    private static String token(UnaryOperator<JwtClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer(ISSUER).subject("sup-wang")
                .claim("roles", List.of("SUPERVISOR")).issuedAt(now).expiresAt(now.plus(Duration.ofHours(1)));
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(KEY)));
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(KEY.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, change.apply(claims).build())).getTokenValue();
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("provider-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer provider() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            serve(server, "/realms/gov/.well-known/openid-configuration",
                    "{\"issuer\":\"" + base + "/realms/gov\",\"jwks_uri\":\"" + base + "/realms/gov/keys\"}");
            serve(server, "/realms/gov/keys", new JWKSet(KEY.toPublicJWK()).toString());
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void serve(HttpServer server, String path, String json) {
        server.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
