package gov.supervision.core.api.task;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a problem from the 12345 hotline or another source as a task of category PROBLEM, due 7 or 30
 * days after registration by its complexity. The task id is derived from the source, so a repeat names the
 * same task. The department and the leader come by canonical name and by code (leader id).
 */
public record RegisterProblemCommand(
        @TargetAggregateIdentifier String taskId,
        TaskSource source,
        String title,
        String description,
        String department,
        Complexity complexity,
        String leaderInCharge,
        String departmentCode,
        String leaderId) {

    public RegisterProblemCommand(String taskId, TaskSource source, String title, String description,
                                  String department, Complexity complexity, String leaderInCharge) {
        this(taskId, source, title, description, department, complexity, leaderInCharge, null, null);
    }
}
