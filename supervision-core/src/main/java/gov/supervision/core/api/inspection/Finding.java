package gov.supervision.core.api.inspection;

import com.fasterxml.jackson.annotation.JsonInclude;

import gov.supervision.core.api.task.Complexity;

/**
 * One finding of an inspection and the id of the rectification task it becomes; the department by its canonical
 * name and its code (findings from before the directory have no code).
 */
public record Finding(
        String rectificationTaskId,
        String description,
        String department,
        Complexity complexity,
        String relatedTaskId,
        @JsonInclude(JsonInclude.Include.NON_NULL) String departmentCode) {

    public Finding(String rectificationTaskId, String description, String department, Complexity complexity,
                   String relatedTaskId) {
        this(rectificationTaskId, description, department, complexity, relatedTaskId, null);
    }
}
