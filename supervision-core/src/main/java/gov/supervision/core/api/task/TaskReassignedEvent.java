package gov.supervision.core.api.task;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * The office gave the task to another lead department (改派): who had it, who has it now, the new responsible person
 * (null: none named yet), why, and the day the claim clock started again. Departments by canonical name and code.
 */
public record TaskReassignedEvent(
        String taskId,
        String previousLeadDepartment,
        @JsonInclude(JsonInclude.Include.NON_NULL) String previousLeadDepartmentCode,
        String leadDepartment,
        @JsonInclude(JsonInclude.Include.NON_NULL) String leadDepartmentCode,
        List<String> coDepartments,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> coDepartmentCodes,
        String responsiblePerson,
        String reason,
        LocalDate reassignedOn) {

    public TaskReassignedEvent {
        coDepartments = coDepartments == null ? List.of() : List.copyOf(coDepartments);
        coDepartmentCodes = coDepartmentCodes == null ? List.of() : List.copyOf(coDepartmentCodes);
    }

    /** The new lead department as access rules know it: by code, or by name without one. */
    public String leadDepartmentKey() {
        return leadDepartmentCode == null ? leadDepartment : leadDepartmentCode;
    }

    /** The new co-operating departments as {@link #leadDepartmentKey()} knows the lead. */
    public List<String> coDepartmentKeys() {
        return coDepartmentCodes.isEmpty() ? coDepartments : coDepartmentCodes;
    }
}
