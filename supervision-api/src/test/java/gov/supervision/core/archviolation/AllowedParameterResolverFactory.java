package gov.supervision.core.archviolation;

import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;

import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;

/** For ArchitectureTest only: public as Axon's ServiceLoader needs it, and allowed to be. Registered nowhere. */
public class AllowedParameterResolverFactory implements ParameterResolverFactory {

    @Override
    public ParameterResolver<?> createInstance(Executable executable, Parameter[] parameters, int parameterIndex) {
        return null;
    }
}
