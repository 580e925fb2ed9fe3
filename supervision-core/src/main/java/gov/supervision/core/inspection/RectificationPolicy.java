package gov.supervision.core.inspection;

import gov.supervision.core.api.inspection.Finding;
import gov.supervision.core.api.inspection.InspectionRecordedEvent;
import gov.supervision.core.api.task.OpenRectificationCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Each finding of an inspection becomes a rectification task tracked to closure ("构建“全闭环”督查链条",
 * "跟踪到底、销号清零").
 * The group runs subscribing, so the tasks open in the transaction that records the inspection.
 */
@Component
@ProcessingGroup("inspection-policy")
class RectificationPolicy {

    private final CommandGateway commandGateway;

    RectificationPolicy(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(InspectionRecordedEvent event) {
        for (Finding finding : event.findings()) {
            commandGateway.sendAndWait(new OpenRectificationCommand(finding.rectificationTaskId(), event.inspectionId(),
                    event.title(), finding.description(), finding.department(), finding.complexity(),
                    finding.relatedTaskId(), finding.departmentCode(), finding.leaderInCharge(),
                    finding.leaderId()));
        }
    }
}
