package gov.supervision.web.inspection;

import gov.supervision.core.api.inspection.Finding;
import gov.supervision.core.api.inspection.InspectionType;
import gov.supervision.core.api.inspection.RecordInspectionCommand;
import gov.supervision.core.api.task.Complexity;
import gov.supervision.web.command.CommandDispatcher;
import gov.supervision.query.api.directory.DepartmentEntry;
import gov.supervision.web.directory.DirectoryResolver;
import gov.supervision.web.command.IdGenerator;
import gov.supervision.web.command.Locations;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Inspections (督查): each finding becomes a rectification task tracked to closure. */
@RestController
class InspectionController {

    private final CommandDispatcher commands;
    private final IdGenerator ids;
    private final DirectoryResolver directory;

    InspectionController(CommandDispatcher commands, IdGenerator ids, DirectoryResolver directory) {
        this.commands = commands;
        this.ids = ids;
        this.directory = directory;
    }

    record FindingRequest(
            @NotBlank @Size(max = 2000) String description,
            @NotBlank @Size(max = 100) String department,
            @NotNull Complexity complexity,
            @Size(max = 64) String relatedTaskId) {
    }

    record InspectionRequest(
            @NotNull InspectionType type,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 30) List<@NotBlank @Size(max = 100) String> inspectors,
            @NotNull LocalDate conductedOn,
            @Size(max = 100) List<@Valid @NotNull FindingRequest> findings) {
    }

    record InspectionAnswer(String inspectionId, List<String> rectificationTaskIds) {
    }

    @Operation(summary = "Record an inspection; each finding becomes a RECTIFICATION task linked back to it")
    @PostMapping(path = "/api/v1/inspections", consumes = "application/json")
    ResponseEntity<InspectionAnswer> record(@Valid @RequestBody InspectionRequest request) {
        String inspectionId = ids.newId();
        List<FindingRequest> requested = request.findings() == null ? List.of() : request.findings();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            FindingRequest finding = requested.get(i);
            DepartmentEntry department = directory.activeDepartment("findings[" + i + "].department",
                    finding.department());
            findings.add(new Finding(ids.newId(), finding.description().strip(), department.name(),
                    finding.complexity(), blankToNull(finding.relatedTaskId()), department.code()));
        }
        commands.send(new RecordInspectionCommand(inspectionId, request.type(), request.title().strip(),
                request.inspectors(), request.conductedOn(), findings));
        return ResponseEntity.created(Locations.inspection(inspectionId))
                .body(new InspectionAnswer(inspectionId, findings.stream().map(Finding::rectificationTaskId).toList()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
