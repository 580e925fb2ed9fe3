package gov.supervision.core.api.inspection;

import java.time.LocalDate;
import java.util.List;

/** An inspection was recorded; its findings are tracked to closure as rectification tasks. */
public record InspectionRecordedEvent(
        String inspectionId,
        InspectionType type,
        String title,
        List<String> inspectors,
        LocalDate conductedOn,
        List<Finding> findings) {
}
