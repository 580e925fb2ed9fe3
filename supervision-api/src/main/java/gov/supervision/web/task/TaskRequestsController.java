package gov.supervision.web.task;

import gov.supervision.core.api.task.DecideCompletionCommand;
import gov.supervision.core.api.task.DecideExtensionCommand;
import gov.supervision.core.api.task.RequestCompletionCommand;
import gov.supervision.core.api.task.RequestExtensionCommand;
import gov.supervision.web.command.Locations;
import gov.supervision.web.command.CommandAnswer;
import gov.supervision.web.command.CommandDispatcher;
import gov.supervision.web.command.IfMatch;
import gov.supervision.web.command.IdGenerator;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
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
import java.util.List;

/** A department's requests (extension, completion) and the office's decisions on them. */
@RestController
@RequestMapping(path = "/api/v1/tasks/{id}", consumes = "application/json")
class TaskRequestsController {

    private final CommandDispatcher commands;
    private final IdGenerator ids;

    TaskRequestsController(CommandDispatcher commands, IdGenerator ids) {
        this.commands = commands;
        this.ids = ids;
    }

    record ExtensionRequest(@NotNull LocalDate requestedDueDate, @NotBlank @Size(max = 2000) String reason) {
    }

    record CompletionRequest(
            @NotBlank @Size(max = 4000) String summary,
            @Size(max = 20) List<@NotBlank @Size(max = 500) String> evidence) {
    }

    record DecisionRequest(@NotNull Boolean approved, @Size(max = 2000) String comment) {
    }

    @Operation(summary = "Ask for a later due date (延期申请)")
    @PostMapping("/extension-requests")
    ResponseEntity<CommandAnswer> requestExtension(
            @PathVariable String id, @Valid @RequestBody ExtensionRequest request,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        String requestId = ids.newId();
        Long version = commands.send(new RequestExtensionCommand(id, requestId, request.requestedDueDate(),
                request.reason(), IfMatch.version(ifMatch)));
        return ResponseEntity.created(Locations.withinTask(id, "extension-requests", requestId))
                .body(CommandAnswer.of(id, version).with("requestId", requestId));
    }

    @Operation(summary = "Grant (the due date moves) or deny an extension request")
    @PostMapping("/extension-requests/{requestId}/decision")
    CommandAnswer decideExtension(@PathVariable String id, @PathVariable String requestId,
                                  @Valid @RequestBody DecisionRequest request,
                                  @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        Long version = commands.send(new DecideExtensionCommand(id, requestId, request.approved(),
                request.comment(), IfMatch.version(ifMatch)));
        return CommandAnswer.of(id, version).with("requestId", requestId);
    }

    @Operation(summary = "Ask for verification of completion (申请办结)")
    @PostMapping("/completion-requests")
    ResponseEntity<CommandAnswer> requestCompletion(
            @PathVariable String id, @Valid @RequestBody CompletionRequest request,
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        String requestId = ids.newId();
        Long version = commands.send(new RequestCompletionCommand(id, requestId, request.summary(),
                request.evidence() == null ? List.of() : request.evidence(), IfMatch.version(ifMatch)));
        return ResponseEntity.created(Locations.withinTask(id, "completion-requests", requestId))
                .body(CommandAnswer.of(id, version).with("requestId", requestId));
    }

    @Operation(summary = "Approve a completion request, or send the task back to work")
    @PostMapping("/completion-requests/{requestId}/decision")
    CommandAnswer decideCompletion(@PathVariable String id, @PathVariable String requestId,
                                   @Valid @RequestBody DecisionRequest request,
                                   @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        Long version = commands.send(new DecideCompletionCommand(id, requestId, request.approved(),
                request.comment(), IfMatch.version(ifMatch)));
        return CommandAnswer.of(id, version).with("requestId", requestId);
    }
}
