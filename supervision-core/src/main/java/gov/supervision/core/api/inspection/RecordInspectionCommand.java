package gov.supervision.core.api.inspection;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Records an inspection (督查) with its inspectors and findings; each finding becomes a rectification task. */
public record RecordInspectionCommand(
        @TargetAggregateIdentifier String inspectionId,
        InspectionType type,
        String title,
        List<String> inspectors,
        LocalDate conductedOn,
        List<Finding> findings) {

    public RecordInspectionCommand {
        inspectors = inspectors == null ? List.of() : List.copyOf(inspectors);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
