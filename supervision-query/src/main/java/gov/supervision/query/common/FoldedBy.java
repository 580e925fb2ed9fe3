package gov.supervision.query.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On the one {@code @EventHandler} through which a projection hands events to its {@link EventFold}. Its parameter
 * is a supertype of those events, which Axon would hand every event of the processing group;
 * {@link FoldedByHandlerDefinition} narrows it to the types the fold {@link EventFold#follows follows}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FoldedBy {

    /** The fold; made once, by its constructor without arguments, when Axon inspects the handler. */
    Class<? extends EventFold> value();
}
