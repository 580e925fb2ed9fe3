package gov.supervision.web.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecurityPropertiesTest {

    @Test
    void developmentTokensMayNotOutliveTheCeiling() {
        assertThatThrownBy(() -> new SecurityProperties("s", true, Duration.ofHours(25), Duration.ofDays(1), null,
                null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dev-token-lifetime")
                .hasMessageContaining("max-token-lifetime");
    }

    @Test
    void byDefaultTokensLiveAtMostADayAndDevelopmentTokensTwelveHours() {
        SecurityProperties defaults = new SecurityProperties("s", true, null, null, " ", "");

        assertThat(defaults.maxTokenLifetime()).isEqualTo(Duration.ofDays(1));
        assertThat(defaults.devTokenLifetime()).isEqualTo(Duration.ofHours(12));
        assertThat(defaults.issuer()).isNull();
        assertThat(defaults.audience()).isNull();
    }
}
