package gov.supervision.query.common;

import gov.supervision.core.api.task.TaskDetails;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What a projection keeps of a task from its assignment, in the projection's own table, so that it never
 * reads another projection's tables. A task's title and departments never change after assignment.
 */
@MappedSuperclass
public abstract class AssignedTask extends InsertedOnce<String> {

    @Id
    private String taskId;
    private String title;
    private String leadDepartment;
    private String leaderInCharge;

    protected AssignedTask() {
    }

    protected AssignedTask(String taskId, TaskDetails details) {
        this.taskId = taskId;
        this.title = details.title();
        this.leadDepartment = details.leadDepartment();
        this.leaderInCharge = details.leaderInCharge();
    }

    public String title() {
        return title;
    }

    public String leadDepartment() {
        return leadDepartment;
    }

    public String leaderInCharge() {
        return leaderInCharge;
    }

    @Override
    public String getId() {
        return taskId;
    }
}
