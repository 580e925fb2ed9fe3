package gov.supervision.core.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.supervision.core.api.task.ReportingCadence;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.core.task.TaskDeadlines.ClaimDue;
import gov.supervision.core.task.TaskDeadlines.DueSoon;
import gov.supervision.core.task.TaskDeadlines.MilestonePassed;
import gov.supervision.core.task.TaskDeadlines.Overdue;
import gov.supervision.core.task.TaskDeadlines.RedUnresolved;
import gov.supervision.core.task.TaskDeadlines.ReportMissed;
import gov.supervision.core.task.TaskDeadlines.ReportPeriodDue;
import gov.supervision.core.task.TaskDeadlines.UrgingDue;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;

import static gov.supervision.core.task.TaskFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Pending deadlines wait in the persistent scheduler as JSON, possibly across a restart. */
class DeadlinePayloadsTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();

    static List<Object> payloads() {
        return List.of(new DueSoon(DUE, "P3D"), new Overdue(DUE), new MilestonePassed(PLAN, DUE.minusDays(30)),
                new ReportMissed(NOW, 2, 3), new RedUnresolved(1, START_OF_OVERDUE, 2, "PT168H"),
                new RedUnresolved(1, START_OF_OVERDUE, 2, "PT168H", START_OF_OVERDUE.plus(ESCALATE_AFTER)),
                new ReportPeriodDue(2, ReportingCadence.WEEKLY, "2023-W40", LocalDate.of(2023, 10, 2),
                        LocalDate.of(2023, 10, 8), LocalDate.of(2023, 10, 8)),
                new ClaimDue(1, WarningLevel.RED, TODAY, LocalDate.of(2023, 3, 8), 3, 2),
                new UrgingDue("urging-1", NOW, TODAY.plusDays(2)));
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void deadlinePayloadSurvivesTheSchedulersJson(Object payload) {
        SerializedObject<byte[]> stored = SERIALIZER.serialize(payload, byte[].class);

        Object restored = SERIALIZER.deserialize(stored);

        assertThat(restored).isEqualTo(payload);
    }
}
