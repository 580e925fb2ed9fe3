package gov.supervision.web.security;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.task.SourceType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code supervision.sources} as operators write it (docs/operations.md), and who may register what. */
class SystemSourcesTest {

    @Test
    void eachSystemRegistersTheSourceTypesListedForItsSubAndTheOfficeAny() {
        SystemSources sources = bind(Map.of(
                "supervision.sources.hotline-12345[0]", "HOTLINE",
                "supervision.sources.news-platform", "NEWS_MEDIA,INTERNET_SUPERVISION",
                "supervision.sources.[Client.Of:Media][0]", "NEWS_MEDIA"));

        assertThat(sources.allow(system("hotline-12345"), SourceType.HOTLINE)).isTrue();
        assertThat(sources.allow(system("hotline-12345"), SourceType.NEWS_MEDIA)).isFalse();
        assertThat(sources.allow(system("news-platform"), SourceType.INTERNET_SUPERVISION)).isTrue();
        assertThat(sources.allow(system("Client.Of:Media"), SourceType.NEWS_MEDIA)).isTrue();
        assertThat(sources.allow(system("unlisted"), SourceType.HOTLINE)).as("not listed: none").isFalse();
        assertThat(sources.allow(new Actor("sup-wang", "王督查", Set.of(Role.SUPERVISOR), null), SourceType.FIELD_VISIT))
                .isTrue();
    }

    private static Actor system(String sub) {
        return new Actor(sub, sub, Set.of(Role.SYSTEM), null);
    }

    private static SystemSources bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bind("supervision", SystemSources.class)
                .orElseGet(() -> new SystemSources(null));
    }
}
