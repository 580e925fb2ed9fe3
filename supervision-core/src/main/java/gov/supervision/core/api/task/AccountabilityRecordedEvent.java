package gov.supervision.core.api.task;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An accountability or commendation record was made. It counts for {@code subjectDepartment} when it names one;
 * records stored before subject departments were recorded name none and count for the task's lead department. A
 * due-diligence exemption lists the failures it {@code exempts}.
 */
public record AccountabilityRecordedEvent(
        String taskId,
        String recordId,
        AccountabilityType type,
        String subject,
        String reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String subjectDepartment,
        @JsonInclude(JsonInclude.Include.NON_NULL) String subjectDepartmentCode,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ExcusedFailure> exempts) {

    public AccountabilityRecordedEvent {
        exempts = exempts == null ? List.of() : List.copyOf(exempts);
    }

    public AccountabilityRecordedEvent(String taskId, String recordId, AccountabilityType type, String subject,
                                       String reason) {
        this(taskId, recordId, type, subject, reason, null, null, List.of());
    }
}
