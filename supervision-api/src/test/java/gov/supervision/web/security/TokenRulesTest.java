package gov.supervision.web.security;

import com.jayway.jsonpath.JsonPath;
import gov.supervision.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static gov.supervision.web.ApiFixtures.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The token rules an operator configures, as the application's decoder applies them: issuer, audience, ceiling. */
@WebSliceTest(DevTokenController.class)
@TestPropertySource(properties = {
        "supervision.security.issuer=https://idp.example/realms/gov",
        "supervision.security.audience=supervision",
        "supervision.security.max-token-lifetime=PT2H",
        "supervision.security.dev-token-lifetime=PT1H"})
class TokenRulesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JwtEncoder encoder;
    @Autowired
    JwtDecoder decoder;

    @Test
    void aTokenOfTheConfiguredIssuerAndAudienceWithinTheCeilingIsAccepted() {
        assertThat(decoder.decode(token(claims -> claims)).getSubject()).isEqualTo("sup-wang");
    }

    @Test
    void aTokenOfAnotherIssuerOrForAnotherAudienceIsRefused() {
        assertRefused(token(claims -> claims.issuer("https://elsewhere.example")));
        assertRefused(token(claims -> claims.claims(all -> all.remove("iss"))));
        assertRefused(token(claims -> claims.audience(List.of("another-service"))));
        assertRefused(token(claims -> claims.claims(all -> all.remove("aud"))));
    }

    @Test
    void theLifetimeCeilingIsTheConfiguredOne() {
        Instant now = Instant.now();
        assertRefused(token(claims -> claims.issuedAt(now).expiresAt(now.plus(Duration.ofHours(3)))));
    }

    @Test
    void developmentTokensCarryTheConfiguredIssuerAndAudience() throws Exception {
        String answer = mvc.perform(postJson("/api/v1/dev/tokens", Map.of("roles", List.of("SUPERVISOR"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(decoder.decode(JsonPath.read(answer, "$.token")).getAudience()).containsExactly("supervision");
    }

    private void assertRefused(String token) {
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtValidationException.class);
    }

    /** A supervisor's token of the configured issuer and audience for an hour, changed as the test says. */
    private String token(UnaryOperator<JwtClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().subject("sup-wang").claim("roles", List.of("SUPERVISOR"))
                .issuer("https://idp.example/realms/gov").audience(List.of("supervision"))
                .issuedAt(now).expiresAt(now.plus(Duration.ofHours(1)));
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
                change.apply(claims).build())).getTokenValue();
    }
}
