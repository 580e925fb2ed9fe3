package gov.supervision.web.inspection;

import gov.supervision.core.api.inspection.Finding;
import gov.supervision.core.api.inspection.InspectionType;
import gov.supervision.core.api.inspection.RecordInspectionCommand;
import gov.supervision.core.api.task.Complexity;
import gov.supervision.web.command.CommandDispatcher;
import gov.supervision.query.api.directory.DepartmentEntry;
import gov.supervision.query.api.directory.LeaderEntry;
import gov.supervision.web.directory.DirectoryResolver;
import gov.supervision.web.error.InvalidRequestException;
import gov.supervision.web.task.TaskReader;
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
import java.util.Optional;

/** Inspections (督查): each finding becomes a rectification task tracked to closure. */
@RestController
class InspectionController {

    private final CommandDispatcher commands;
    private final IdGenerator ids;
    private final DirectoryResolver directory;
    private final TaskReader tasks;

    InspectionController(CommandDispatcher commands, IdGenerator ids, DirectoryResolver directory, TaskReader tasks) {
        this.commands = commands;
        this.ids = ids;
        this.directory = directory;
        this.tasks = tasks;
    }

    record FindingRequest(
            @NotBlank @Size(max = 2000) String description,
            @NotBlank @Size(max = 100) String department,
            @NotNull Complexity complexity,
            @Size(max = 64) String relatedTaskId,
            @Size(max = 100) String leaderInCharge) {
    }

    record InspectionRequest(
            @NotNull InspectionType type,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 30) List<@NotBlank @Size(max = 100) String> inspectors,
            @NotNull LocalDate conductedOn,
            @Size(max = 100) List<@Valid @NotNull FindingRequest> findings) {
    }

    private record Leader(String name, String id) {
    }

    record InspectionAnswer(String inspectionId, List<String> rectificationTaskIds) {
    }

    @Operation(summary = "Record an inspection; each finding becomes a RECTIFICATION task linked back to it, in the "
            + "charge of the finding's leaderInCharge (a leader's id or name) or else of its related task's leader")
    @PostMapping(path = "/api/v1/inspections", consumes = "application/json")
    ResponseEntity<InspectionAnswer> record(@Valid @RequestBody InspectionRequest request) {
        String inspectionId = ids.newId();
        List<FindingRequest> requested = request.findings() == null ? List.of() : request.findings();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            FindingRequest finding = requested.get(i);
            DepartmentEntry department = directory.activeDepartment("findings[" + i + "].department",
                    finding.department());
            String relatedTaskId = blankToNull(finding.relatedTaskId());
            Leader leader = leaderInCharge("findings[" + i + "].leaderInCharge", finding.leaderInCharge(),
                    relatedTaskId);
            findings.add(new Finding(ids.newId(), finding.description().strip(), department.name(),
                    finding.complexity(), relatedTaskId, department.code(), leader.name(), leader.id()));
        }
        commands.send(new RecordInspectionCommand(inspectionId, request.type(), request.title().strip(),
                request.inspectors(), request.conductedOn(), findings));
        return ResponseEntity.created(Locations.inspection(inspectionId))
                .body(new InspectionAnswer(inspectionId, findings.stream().map(Finding::rectificationTaskId).toList()));
    }

    /**
     * The leader in charge of a finding's rectification: the one the finding names, else the related task's (by the
     * name and id the task carries; a task from before the directory has a name only).
     */
    private Leader leaderInCharge(String field, String named, String relatedTaskId) {
        if (blankToNull(named) != null) {
            LeaderEntry leader = directory.leader(field, named);
            return new Leader(leader.name(), leader.id());
        }
        return Optional.ofNullable(relatedTaskId).flatMap(tasks::stored)
                .filter(task -> task.leaderInCharge() != null)
                .map(task -> new Leader(task.leaderInCharge(), task.leaderId()))
                .orElseThrow(() -> new InvalidRequestException(field,
                        "must name the leader in charge of the rectification when no related task has one"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
