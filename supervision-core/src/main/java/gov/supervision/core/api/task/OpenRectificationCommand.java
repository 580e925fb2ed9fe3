package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens the rectification task (整改事项) of one inspection finding; sent by the inspection policy. */
public record OpenRectificationCommand(
        @TargetAggregateIdentifier String taskId,
        String inspectionId,
        String inspectionTitle,
        String finding,
        String department,
        Complexity complexity,
        String relatedTaskId,
        String departmentCode,
        String leaderInCharge,
        String leaderId) {

    public OpenRectificationCommand(String taskId, String inspectionId, String inspectionTitle, String finding,
                                    String department, Complexity complexity, String relatedTaskId,
                                    String departmentCode) {
        this(taskId, inspectionId, inspectionTitle, finding, department, complexity, relatedTaskId, departmentCode,
                null, null);
    }

    public OpenRectificationCommand(String taskId, String inspectionId, String inspectionTitle, String finding,
                                    String department, Complexity complexity, String relatedTaskId) {
        this(taskId, inspectionId, inspectionTitle, finding, department, complexity, relatedTaskId, null, null, null);
    }
}
