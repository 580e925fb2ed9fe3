package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The lead department returns a task it is not responsible for (退回), before claiming it, with its reason and the
 * department it believes should take it (canonical name and code, both optional).
 */
public record ReturnTaskCommand(
        @TargetAggregateIdentifier String taskId,
        String reason,
        String suggestedDepartment,
        String suggestedDepartmentCode,
        @TargetAggregateVersion Long expectedVersion) {
}
