package gov.supervision.core.api.task;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The lead department asks for a later due date (延期申请). */
public record RequestExtensionCommand(
        @TargetAggregateIdentifier String taskId,
        String requestId,
        LocalDate requestedDueDate,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
