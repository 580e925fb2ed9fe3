package gov.supervision.core.inspection;

import gov.supervision.core.api.inspection.InspectionRecordedEvent;
import gov.supervision.core.api.inspection.InspectionType;
import gov.supervision.core.api.task.Complexity;
import gov.supervision.core.api.task.OpenRectificationCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static gov.supervision.core.inspection.InspectionTest.*;
import static org.assertj.core.api.Assertions.assertThat;

class RectificationPolicyTest {

    private static final LocalDate CONDUCTED_ON = LocalDate.of(2023, 2, 27);

    private final RecordingCommandBus commandBus = new RecordingCommandBus();
    private final RectificationPolicy policy =
            new RectificationPolicy(DefaultCommandGateway.builder().commandBus(commandBus).build());

    @Test
    void eachFindingOpensItsOwnRectificationTask() {
        policy.on(new InspectionRecordedEvent(INSPECTION_ID, InspectionType.SPECIAL, TITLE, INSPECTORS, CONDUCTED_ON,
                FINDINGS));

        assertThat(commandBus.getDispatchedCommands())
                .<Object>extracting(CommandMessage::getPayload)
                .containsExactly(
                        new OpenRectificationCommand("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c01", INSPECTION_ID, TITLE,
                                "部分审批事项仍需线下提交纸质材料", "行政审批服务局", Complexity.GENERAL, null),
                        new OpenRectificationCommand("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c02", INSPECTION_ID, TITLE,
                                "工程建设项目审批平台数据未互通", "住房和城乡建设局", Complexity.COMPLEX,
                                "3f1c9a52-0d4e-4b8a-9a61-7c2e5d8b1a01"));
    }

    @Test
    void inspectionWithoutFindingsOpensNothing() {
        policy.on(new InspectionRecordedEvent(INSPECTION_ID, InspectionType.RANDOM_SPOT_CHECK, TITLE, INSPECTORS,
                CONDUCTED_ON, List.of()));

        assertThat(commandBus.getDispatchedCommands()).isEmpty();
    }
}
