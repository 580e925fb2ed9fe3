package gov.supervision.web.command;

import gov.supervision.core.api.common.SupervisionMetaData;
import gov.supervision.web.security.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Sends a command with the metadata every event must carry: the actor from the token, the request's
 * correlation id ({@link CorrelationIdFilter}) and the client's idempotency key. The request body never reaches this
 * metadata.
 */
@Component
public class CommandDispatcher {

    private static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final CommandGateway commandGateway;
    private final CurrentActor currentActor;
    private final HttpServletRequest request;

    CommandDispatcher(CommandGateway commandGateway, CurrentActor currentActor, HttpServletRequest request) {
        this.commandGateway = commandGateway;
        this.currentActor = currentActor;
        this.request = request;
    }

    /** Sends and waits until the events are stored; answers what the handler answered. */
    public <R> R send(Object command) {
        return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData()));
    }

    private MetaData metaData() {
        Map<String, Object> values = new HashMap<>(currentActor.get().toMetaData());
        values.put(SupervisionMetaData.CORRELATION_ID, CorrelationIdFilter.of(request));
        String idempotencyKey = request.getHeader(IDEMPOTENCY_HEADER);
        if (idempotencyKey != null) {
            values.put(SupervisionMetaData.IDEMPOTENCY_KEY, idempotencyKey);
        }
        return MetaData.from(values);
    }
}
