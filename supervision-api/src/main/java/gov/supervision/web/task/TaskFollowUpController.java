package gov.supervision.web.task;

import gov.supervision.core.api.task.EscalateTaskCommand;
import gov.supervision.core.api.task.IssueWarningCommand;
import gov.supervision.core.api.task.LiftWarningCommand;
import gov.supervision.core.api.task.ResolveEscalationCommand;
import gov.supervision.core.api.task.SendUrgingNoticeCommand;
import gov.supervision.core.api.task.SubmitProgressReportCommand;
import gov.supervision.core.api.task.WarningLevel;
import gov.supervision.web.command.Locations;
import gov.supervision.web.command.CommandAnswer;
import gov.supervision.web.command.CommandDispatcher;
import gov.supervision.web.security.CurrentActor;
import gov.supervision.web.command.IfMatch;
import gov.supervision.web.command.IdGenerator;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** Following a task up: progress reports, warning notices and their lifting, urging notices and escalations. */
@RestController
@RequestMapping(path = "/api/v1/tasks/{id}", consumes = "application/json")
class TaskFollowUpController {

    private final CommandDispatcher commands;
    private final IdGenerator ids;
    private final CurrentActor currentActor;

    TaskFollowUpController(CommandDispatcher commands, IdGenerator ids, CurrentActor currentActor) {
        this.commands = commands;
        this.ids = ids;
        this.currentActor = currentActor;
    }

    record ProgressReportRequest(
            @NotNull @Min(0) @Max(100) Integer percentComplete,
            @NotBlank @Size(max = 4000) String summary,
            @Size(max = 100) String milestone) {
    }

    record WarningRequest(@NotNull WarningLevel level, @NotBlank @Size(max = 2000) String reason) {
    }

    record LiftingRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record UrgingRequest(@NotBlank @Size(max = 4000) String message, LocalDate respondBy) {
    }

    record EscalationRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record ResolutionRequest(@NotBlank @Size(max = 4000) String decision) {
    }

    @Operation(summary = "Report progress (lead or co-operating department)")
    @PostMapping("/progress-reports")
    CommandAnswer report(@PathVariable String id, @Valid @RequestBody ProgressReportRequest request,
                         @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        String reportId = ids.newId();
        Long version = commands.send(new SubmitProgressReportCommand(id, reportId, request.percentComplete(),
                request.summary(), blankToNull(request.milestone()), IfMatch.version(ifMatch)));
        return CommandAnswer.of(id, version).with("reportId", reportId);
    }

    @Operation(summary = "Issue a warning notice by hand (预警通报)")
    @PostMapping("/warnings")
    CommandAnswer warn(@PathVariable String id, @Valid @RequestBody WarningRequest request,
                       @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        String warningId = ids.newId();
        Long version = commands.send(new IssueWarningCommand(id, warningId, request.level(), request.reason(),
                IfMatch.version(ifMatch)));
        return CommandAnswer.of(id, version).with("warningId", warningId);
    }

    @Operation(summary = "Lift an active warning by hand (解除预警); it stays in history and counts in the periods it "
            + "was active; an unknown warning is 404 UNKNOWN_WARNING, one no longer active 409 WARNING_NOT_ACTIVE")
    @PostMapping("/warnings/{warningId}/lifting")
    CommandAnswer lift(@PathVariable String id, @PathVariable String warningId,
                       @Valid @RequestBody LiftingRequest request,
                       @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        Long version = commands.send(new LiftWarningCommand(id, warningId, request.reason(), IfMatch.version(ifMatch)));
        return CommandAnswer.of(id, version).with("warningId", warningId);
    }

    @Operation(summary = "Send an urging notice (催办)")
    @PostMapping("/urgings")
    CommandAnswer urge(@PathVariable String id, @Valid @RequestBody UrgingRequest request,
                       @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        String urgingId = ids.newId();
        Long version = commands.send(
                new SendUrgingNoticeCommand(id, urgingId, request.message(), request.respondBy(),
                        IfMatch.version(ifMatch)));
        return CommandAnswer.of(id, version).with("urgingId", urgingId);
    }

    @Operation(summary = "Escalate one level: to the leader in charge, then to the city government (提请协调)")
    @PostMapping("/escalations")
    ResponseEntity<CommandAnswer> escalate(@PathVariable String id, @Valid @RequestBody EscalationRequest request,
                                           @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        String escalationId = ids.newId();
        Long version = commands.send(
                new EscalateTaskCommand(id, escalationId, request.reason(), IfMatch.version(ifMatch)));
        return ResponseEntity.created(Locations.withinTask(id, "escalations", escalationId))
                .body(CommandAnswer.of(id, version).with("escalationId", escalationId));
    }

    @Operation(summary = "Record the coordination decision that resolves an escalation")
    @PostMapping("/escalations/{escalationId}/resolution")
    CommandAnswer resolve(@PathVariable String id, @PathVariable String escalationId,
                          @Valid @RequestBody ResolutionRequest request,
                          @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        Long version = commands.send(
                new ResolveEscalationCommand(id, escalationId, request.decision(), IfMatch.version(ifMatch),
                        currentActor.decidesForCityGovernment()));
        return CommandAnswer.of(id, version).with("escalationId", escalationId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
