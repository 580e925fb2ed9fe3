package gov.supervision.core.api.task;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The lead department asks for the task to be verified as complete (申请办结). */
public record RequestCompletionCommand(
        @TargetAggregateIdentifier String taskId,
        String requestId,
        String summary,
        List<String> evidence,
        @TargetAggregateVersion Long expectedVersion) {
}
