package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

/**
 * Records admonishment, accountability or commendation (激励约束). The record counts for {@code subjectDepartment}
 * (the canonical name, with its code) when one is named, else for the task's lead department; a due-diligence
 * exemption names the failures of the task it {@code exempts}, and only an exemption names any.
 */
public record RecordAccountabilityCommand(
        @TargetAggregateIdentifier String taskId,
        String recordId,
        AccountabilityType type,
        String subject,
        String reason,
        @TargetAggregateVersion Long expectedVersion,
        String subjectDepartment,
        String subjectDepartmentCode,
        List<ExcusedFailure> exempts) {

    public RecordAccountabilityCommand {
        exempts = exempts == null ? List.of() : List.copyOf(exempts);
    }

    public RecordAccountabilityCommand(String taskId, String recordId, AccountabilityType type, String subject,
                                       String reason, Long expectedVersion) {
        this(taskId, recordId, type, subject, reason, expectedVersion, null, null, List.of());
    }
}
