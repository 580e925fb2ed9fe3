package gov.supervision.web.security;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import gov.supervision.core.api.task.SourceType;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;
import java.util.Set;

/**
 * {@code supervision.sources.<sub>}: the source types each other system, known by its token's {@code sub}, registers
 * problems for (e.g. {@code hotline-12345: [HOTLINE]}). A problem's task is named by its source, so a system allowed
 * every source type could register another system's reference first and have that system's real complaint answered
 * with its own task. The office (SUPERVISOR) registers any source type; a system not listed registers none.
 */
@ConfigurationProperties("supervision")
public record SystemSources(Map<String, Set<SourceType>> sources) {

    public SystemSources {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    public boolean allow(Actor actor, SourceType type) {
        return actor.has(Role.SUPERVISOR) || sources.getOrDefault(actor.id(), Set.of()).contains(type);
    }
}
