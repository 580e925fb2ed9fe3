package gov.supervision.core.upcasting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.supervision.core.api.task.UrgingNoticeSentEvent;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class UrgingNoticeSentEventUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
            .build();
    private final UrgingNoticeSentEventUpcaster upcaster = new UrgingNoticeSentEventUpcaster();

    @Test
    void aNoticeStoredBeforeRevisionTwoReadsAsOneWithoutAnAnswerDate() {
        List<IntermediateEventRepresentation> upcast = upcast(null,
                "{\"taskId\":\"t-1\",\"urgingId\":\"u-1\",\"message\":\"请于本周五前报送进展\"}");

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        UrgingNoticeSentEvent notice = serializer.deserialize(upcast.get(0).getData());
        assertThat(notice).isEqualTo(new UrgingNoticeSentEvent("t-1", "u-1", "请于本周五前报送进展", null));
    }

    @Test
    void aNoticeOfRevisionTwoIsLeftAsItIs() {
        List<IntermediateEventRepresentation> upcast = upcast("2",
                "{\"taskId\":\"t-1\",\"urgingId\":\"u-2\",\"message\":\"请回复\",\"respondBy\":\"2023-03-10\"}");

        UrgingNoticeSentEvent notice = serializer.deserialize(upcast.get(0).getData());
        assertThat(notice.respondBy()).isEqualTo(LocalDate.of(2023, 3, 10));
    }

    private List<IntermediateEventRepresentation> upcast(String revision, String json) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Task", "t-1", 3,
                "event-" + revision, "2023-03-01T01:00:00Z", UrgingNoticeSentEvent.class.getName(), revision,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return upcaster.upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
    }
}
