package gov.supervision.core.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.supervision.core.api.task.UrgingNoticeSentEvent;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Urging notices stored before revision 2 had no answer date: they are read as notices with none. History
 * itself is never rewritten; the stored rows, and the hash chain over them, stay as they were.
 */
@Component
class UrgingNoticeSentEventUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType FIRST = new SimpleSerializedType(UrgingNoticeSentEvent.class.getName(), null);
    private static final SimpleSerializedType SECOND = new SimpleSerializedType(UrgingNoticeSentEvent.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(FIRST);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(SECOND, JsonNode.class, payload -> {
            ObjectNode notice = ((ObjectNode) payload).deepCopy();
            notice.putNull("respondBy");
            return notice;
        });
    }
}
