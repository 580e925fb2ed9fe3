package gov.supervision.core.task;

import gov.supervision.core.api.task.RecordSubtaskClosedCommand;
import gov.supervision.core.api.task.TaskClosedEvent;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.Test;

import static gov.supervision.core.task.TaskFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class SubtaskClosurePolicyTest {

    private final RecordingCommandBus commandBus = new RecordingCommandBus();
    private final SubtaskClosurePolicy policy =
            new SubtaskClosurePolicy(DefaultCommandGateway.builder().commandBus(commandBus).build());

    @Test
    void closedSubtaskIsReportedToItsParent() {
        policy.on(new TaskClosedEvent(SUBTASK_ID, TASK_ID, "子任务销号"));

        assertThat(commandBus.getDispatchedCommands())
                .<Object>extracting(CommandMessage::getPayload)
                .containsExactly(new RecordSubtaskClosedCommand(TASK_ID, SUBTASK_ID));
    }

    @Test
    void closedTopLevelTaskReportsToNobody() {
        policy.on(new TaskClosedEvent(TASK_ID, null, "销号"));

        assertThat(commandBus.getDispatchedCommands()).isEmpty();
    }
}
