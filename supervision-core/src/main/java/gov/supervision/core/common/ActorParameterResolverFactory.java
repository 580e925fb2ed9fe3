package gov.supervision.core.common;

import gov.supervision.core.api.common.Actor;
import org.axonframework.common.Priority;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

/**
 * Hands a message handler the {@link Actor} who sent the message, read back from its metadata, so that no handler
 * parses it by hand. Axon finds this factory through {@code META-INF/services} (its
 * {@code ClasspathParameterResolverFactory}), in the application and in the aggregate test fixtures alike; the
 * service loader needs it public, with a public constructor.
 *
 * <p>Neutral priority: below Axon's resolvers of annotated parameters, above its payload and metadata defaults,
 * Spring beans and registered resources, and above the test fixture's catch-all, which would otherwise take the
 * parameter for a missing resource.
 */
@Priority(Priority.NEUTRAL)
public final class ActorParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<Actor> createInstance(Executable executable, Parameter[] parameters, int parameterIndex) {
        // The first parameter of a handler is its payload.
        return parameterIndex > 0 && parameters[parameterIndex].getType() == Actor.class ? FromMetaData.INSTANCE : null;
    }

    private enum FromMetaData implements ParameterResolver<Actor> {
        INSTANCE;

        @Override
        public Actor resolveParameterValue(Message<?> message) {
            return Actor.fromMetaData(message.getMetaData());
        }

        @Override
        public boolean matches(Message<?> message) {
            return true;
        }
    }
}
