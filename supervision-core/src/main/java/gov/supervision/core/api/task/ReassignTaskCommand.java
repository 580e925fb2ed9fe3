package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

/**
 * The office gives a task that is returned or not yet claimed to another lead department (改派), the departments by
 * canonical name and code as the directory resolved them.
 */
public record ReassignTaskCommand(
        @TargetAggregateIdentifier String taskId,
        String leadDepartment,
        String leadDepartmentCode,
        List<String> coDepartments,
        List<String> coDepartmentCodes,
        String responsiblePerson,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {

    public ReassignTaskCommand {
        coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
        coDepartmentCodes = coDepartmentCodes == null ? List.of() : List.copyOf(coDepartmentCodes);
    }
}
