package gov.supervision.web.task;

import gov.supervision.core.api.task.AssignTaskCommand;
import gov.supervision.core.api.task.ClaimTaskCommand;
import gov.supervision.core.api.task.DecomposeTaskCommand;
import gov.supervision.web.command.Locations;
import gov.supervision.web.command.CommandAnswer;
import gov.supervision.web.command.CommandDispatcher;
import gov.supervision.web.command.IfMatch;
import gov.supervision.web.command.IdGenerator;
import gov.supervision.web.directory.DirectoryResolver;
import gov.supervision.web.error.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Assignment, decomposition and claim: how a decision becomes someone's task. */
@RestController
@RequestMapping(path = "/api/v1/tasks", consumes = "application/json")
class TaskAssignmentController {

    private final CommandDispatcher commands;
    private final IdGenerator ids;
    private final DirectoryResolver directory;

    TaskAssignmentController(CommandDispatcher commands, IdGenerator ids, DirectoryResolver directory) {
        this.commands = commands;
        this.ids = ids;
        this.directory = directory;
    }

    record ClaimRequest(@NotBlank @Size(max = 100) String responsiblePerson) {
    }

    @Operation(summary = "Assign a task (交办)")
    @PostMapping
    ResponseEntity<CommandAnswer> assign(
            @Validated({Default.class, TaskRequest.Assignment.class}) @RequestBody TaskRequest request) {
        if (request.weight() != null) {
            throw new InvalidRequestException("weight", "only a subtask has a weight, in its parent's progress");
        }
        String taskId = ids.newId();
        commands.send(new AssignTaskCommand(taskId, request.toDetails(directory)));
        return ResponseEntity.created(Locations.task(taskId)).body(CommandAnswer.of(taskId, 0));
    }

    @Operation(summary = "Decompose a task into a subtask (再分解); answers the subtask's id")
    @PostMapping("/{id}/subtasks")
    ResponseEntity<CommandAnswer> decompose(@PathVariable String id, @Valid @RequestBody TaskRequest request,
                                            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        String subtaskId = ids.newId();
        Long parentVersion = commands.send(
                new DecomposeTaskCommand(id, subtaskId, request.toDetails(directory), request.weight(), IfMatch.version(ifMatch)));
        return ResponseEntity.created(Locations.task(subtaskId))
                .body(CommandAnswer.of(subtaskId, 0).with("parentTaskId", id).with("parentVersion", parentVersion));
    }

    @Operation(summary = "Claim a task as its lead department (认领)")
    @PostMapping("/{id}/claim")
    CommandAnswer claim(@PathVariable String id, @Valid @RequestBody ClaimRequest request,
                        @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        Long version = commands.send(
                new ClaimTaskCommand(id, request.responsiblePerson().strip(), IfMatch.version(ifMatch)));
        return CommandAnswer.of(id, version);
    }
}
