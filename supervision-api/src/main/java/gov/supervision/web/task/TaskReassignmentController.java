package gov.supervision.web.task;

import gov.supervision.core.api.task.HandOverTaskCommand;
import gov.supervision.core.api.task.ReassignTaskCommand;
import gov.supervision.core.api.task.ReturnTaskCommand;
import gov.supervision.query.api.directory.DepartmentEntry;
import gov.supervision.web.command.CommandAnswer;
import gov.supervision.web.command.CommandDispatcher;
import gov.supervision.web.command.IfMatch;
import gov.supervision.web.directory.DirectoryResolver;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Who holds a task: returning it before the claim (退回), giving it to another department (改派), handing it over (交接). */
@RestController
@RequestMapping(path = "/api/v1/tasks/{id}", consumes = "application/json")
class TaskReassignmentController {

    private final CommandDispatcher commands;
    private final DirectoryResolver directory;

    TaskReassignmentController(CommandDispatcher commands, DirectoryResolver directory) {
        this.commands = commands;
        this.directory = directory;
    }

    record ReturnRequest(@NotBlank @Size(max = 2000) String reason, @Size(max = 100) String suggestedDepartment) {
    }

    record ReassignmentRequest(
            @NotBlank @Size(max = 100) String leadDepartment,
            @Size(max = 30) List<@NotBlank @Size(max = 100) String> coDepartments,
            @Size(max = 100) String responsiblePerson,
            @NotBlank @Size(max = 2000) String reason) {
    }

    record HandOverRequest(@NotBlank @Size(max = 100) String responsiblePerson,
                           @NotBlank @Size(max = 2000) String reason) {
    }

    @Operation(summary = "Return a task the lead department is not responsible for, before claiming it (退回); "
            + "status RETURNED; suggestedDepartment is a code, name or alias of the directory")
    @PostMapping("/return")
    CommandAnswer returnTask(@PathVariable String id, @Valid @RequestBody ReturnRequest request,
                             @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        DepartmentEntry suggested = isBlank(request.suggestedDepartment()) ? null
                : directory.activeDepartment("suggestedDepartment", request.suggestedDepartment());
        Long version = commands.send(new ReturnTaskCommand(id, request.reason(),
                suggested == null ? null : suggested.name(), suggested == null ? null : suggested.code(),
                IfMatch.version(ifMatch)));
        return CommandAnswer.of(id, version);
    }

    @Operation(summary = "Give a returned or not yet claimed task to another lead department (改派); status "
            + "ASSIGNED, the claim clock restarts; a claimed task is 409 TASK_ALREADY_CLAIMED")
    @PostMapping("/reassignment")
    CommandAnswer reassign(@PathVariable String id, @Valid @RequestBody ReassignmentRequest request,
                           @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        DepartmentEntry lead = directory.activeDepartment("leadDepartment", request.leadDepartment());
        List<DepartmentEntry> co = directory.activeDepartments("coDepartments",
                request.coDepartments() == null ? List.of() : request.coDepartments());
        Long version = commands.send(new ReassignTaskCommand(id, lead.name(), lead.code(),
                co.stream().map(DepartmentEntry::name).toList(), co.stream().map(DepartmentEntry::code).toList(),
                isBlank(request.responsiblePerson()) ? null : request.responsiblePerson(), request.reason(),
                IfMatch.version(ifMatch)));
        return CommandAnswer.of(id, version);
    }

    @Operation(summary = "Hand the task over to another responsible person (交接), as its lead department or the office")
    @PostMapping("/responsible-person")
    CommandAnswer handOver(@PathVariable String id, @Valid @RequestBody HandOverRequest request,
                           @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        Long version = commands.send(new HandOverTaskCommand(id, request.responsiblePerson(), request.reason(),
                IfMatch.version(ifMatch)));
        return CommandAnswer.of(id, version);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
