package gov.supervision.core.common;

import gov.supervision.core.api.common.Actor;
import gov.supervision.core.api.common.Role;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ActorParameterResolverFactoryTest {

    private static final Actor DEPARTMENT = new Actor("u-003", "张科长", Set.of(Role.DEPARTMENT), "发展改革委");

    @SuppressWarnings("unused")
    void handle(Actor payload, Actor actor) {
    }

    @Test
    void theClasspathOffersTheActorWhoSentTheMessage() throws Exception {
        ParameterResolver<?> resolver = resolverOf(ClasspathParameterResolverFactory.forClass(getClass()), 1);
        Message<?> command = GenericCommandMessage.asCommandMessage("认领").andMetaData(DEPARTMENT.toMetaData());

        assertThat(resolver.resolveParameterValue(command)).isEqualTo(DEPARTMENT);
    }

    @Test
    void aMessageWithoutAnActorWasSentByTheSystem() throws Exception {
        ParameterResolver<?> resolver = resolverOf(new ActorParameterResolverFactory(), 1);

        assertThat(resolver.resolveParameterValue(GenericCommandMessage.asCommandMessage("到期")))
                .isEqualTo(Actor.SYSTEM);
    }

    @Test
    void thePayloadIsLeftToThePayloadResolver() throws Exception {
        assertThat(resolverOf(new ActorParameterResolverFactory(), 0)).isNull();
    }

    private ParameterResolver<?> resolverOf(ParameterResolverFactory factory, int index) throws Exception {
        Method handler = getClass().getDeclaredMethod("handle", Actor.class, Actor.class);
        return factory.createInstance(handler, handler.getParameters(), index);
    }
}
