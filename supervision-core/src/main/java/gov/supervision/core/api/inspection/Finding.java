package gov.supervision.core.api.inspection;

import com.fasterxml.jackson.annotation.JsonInclude;

import gov.supervision.core.api.task.Complexity;

/**
 * One finding of an inspection and the id of the rectification task it becomes; the department by its canonical
 * name and its code (findings from before the directory have no code), and the leader in charge of its rectification
 * (the finding's own, or the related task's) by name and id; findings from before that rule name none.
 */
public record Finding(
        String rectificationTaskId,
        String description,
        String department,
        Complexity complexity,
        String relatedTaskId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String departmentCode,
        @JsonInclude(JsonInclude.Include.NON_NULL) String leaderInCharge,
        @JsonInclude(JsonInclude.Include.NON_NULL) String leaderId) {

    public Finding(String rectificationTaskId, String description, String department, Complexity complexity,
                   String relatedTaskId, String departmentCode) {
        this(rectificationTaskId, description, department, complexity, relatedTaskId, departmentCode, null, null);
    }

    public Finding(String rectificationTaskId, String description, String department, Complexity complexity,
                   String relatedTaskId) {
        this(rectificationTaskId, description, department, complexity, relatedTaskId, null);
    }
}
