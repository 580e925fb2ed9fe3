package gov.supervision.query.common;

import org.axonframework.common.ReflectionUtils;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;

import java.lang.reflect.Method;

/**
 * Makes a handler marked {@link FoldedBy} take only the event types its fold follows, both when a processor asks
 * which types it handles at all (so others are never handed to it) and when it is handed a message. Axon finds
 * this definition through {@code META-INF/services}, in the application and in a plain
 * {@code AnnotationEventHandlerAdapter} alike, which is why it is public.
 */
public final class FoldedByHandlerDefinition implements HandlerEnhancerDefinition {

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.hasAnnotation(FoldedBy.class)) {
            return original;
        }
        FoldedBy foldedBy = original.unwrap(Method.class)
                .map(method -> method.getAnnotation(FoldedBy.class))
                .orElseThrow(() -> new IllegalStateException("@FoldedBy goes on an event handler method"));
        return new Folded<>(original, fold(foldedBy.value()));
    }

    private static EventFold fold(Class<? extends EventFold> type) {
        try {
            return ReflectionUtils.ensureAccessible(type.getDeclaredConstructor()).newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " needs a constructor without arguments", e);
        }
    }

    private static final class Folded<T> extends WrappedMessageHandlingMember<T> {

        private final EventFold fold;

        Folded(MessageHandlingMember<T> delegate, EventFold fold) {
            super(delegate);
            this.fold = fold;
        }

        @Override
        public boolean canHandle(Message<?> message) {
            return fold.follows(message.getPayloadType()) && super.canHandle(message);
        }

        @Override
        public boolean canHandleType(Class<?> payloadType) {
            return fold.follows(payloadType) && super.canHandleType(payloadType);
        }
    }
}
