package gov.supervision.web.problem;

import gov.supervision.core.api.common.RuleViolation;
import gov.supervision.core.api.common.RuleViolationException;
import gov.supervision.core.api.directory.NameKey;
import gov.supervision.core.api.task.Complexity;
import gov.supervision.core.api.task.ReassignTaskCommand;
import gov.supervision.core.api.task.RegisterProblemCommand;
import gov.supervision.core.api.task.SourceType;
import gov.supervision.core.api.task.TaskSource;
import gov.supervision.query.api.history.TaskVersionQuery;
import gov.supervision.query.api.ledger.TaskView;
import gov.supervision.web.command.Locations;
import gov.supervision.web.command.CommandAnswer;
import gov.supervision.web.command.CommandDispatcher;
import gov.supervision.query.api.directory.DepartmentEntry;
import gov.supervision.query.api.directory.LeaderEntry;
import gov.supervision.web.directory.DirectoryResolver;
import gov.supervision.web.error.ForbiddenException;
import gov.supervision.web.security.CurrentActor;
import gov.supervision.web.security.SystemSources;
import gov.supervision.web.task.TaskReader;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Problems posted by the 12345 hotline and other systems. A problem's task id is derived from its source,
 * so the event store's uniqueness makes a repeat, even a concurrent one, name the task already registered; a repeat
 * naming another department is the source system dispatching it anew (重新派单), and reassigns the task, which the
 * core refuses once the task is claimed. A system registers (and learns of) only the source types
 * {@link SystemSources} gives it.
 */
@RestController
class ProblemController {

    private final CommandDispatcher commands;
    private final QueryGateway queries;
    private final CurrentActor currentActor;
    private final SystemSources sources;
    private final DirectoryResolver directory;
    private final TaskReader tasks;

    ProblemController(CommandDispatcher commands, QueryGateway queries, CurrentActor currentActor,
                      SystemSources sources, DirectoryResolver directory, TaskReader tasks) {
        this.commands = commands;
        this.queries = queries;
        this.currentActor = currentActor;
        this.sources = sources;
        this.directory = directory;
        this.tasks = tasks;
    }

    record SourceRequest(@NotNull SourceType type, @NotBlank @Size(max = 100) String reference) {
    }

    record ProblemRequest(
            @NotNull @Valid SourceRequest source,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description,
            @NotBlank @Size(max = 100) String department,
            @NotNull Complexity complexity,
            @Size(max = 100) String leaderInCharge) {
    }

    @Operation(summary = "Register a problem (问题线索): a PROBLEM task due in 7 (GENERAL) or 30 (COMPLEX) days; "
            + "the same source type and reference again answers the existing task with 200, reassigned to the "
            + "department now named if it is another (409 TASK_ALREADY_CLAIMED once claimed); a SYSTEM caller only "
            + "for the source types supervision.sources gives its sub (else 403 SOURCE_NOT_ALLOWED)")
    @PostMapping(path = "/api/v1/problems", consumes = "application/json")
    ResponseEntity<CommandAnswer> register(@Valid @RequestBody ProblemRequest request) {
        if (!sources.allow(currentActor.get(), request.source().type())) {
            throw new ForbiddenException("SOURCE_NOT_ALLOWED", "This system may not register problems of source type "
                    + request.source().type() + " (supervision.sources).");
        }
        TaskSource source = new TaskSource(request.source().type(), request.source().reference().strip());
        String taskId = taskIdOf(source);
        if (version(taskId) >= 0) {
            return ResponseEntity.ok(redirected(taskId, source, request.department()));
        }
        DepartmentEntry department = directory.activeDepartment("department", request.department());
        LeaderEntry leader = request.leaderInCharge() == null ? null
                : directory.leader("leaderInCharge", request.leaderInCharge());
        try {
            commands.send(new RegisterProblemCommand(taskId, source, request.title().strip(), request.description(),
                    department.name(), request.complexity(), leader == null ? null : leader.name(), department.code(),
                    leader == null ? null : leader.id()));
        } catch (AggregateStreamCreationException | ConcurrencyException alreadyRegistered) {
            return ResponseEntity.ok(answer(taskId));
        }
        return ResponseEntity.created(Locations.task(taskId)).body(answer(taskId));
    }

    /**
     * A problem posted again: the existing task, given to the department now named if that is another one. The
     * task as its events have it decides; a reassignment the ledger has not shown yet is no change either.
     */
    private CommandAnswer redirected(String taskId, TaskSource source, String departmentNamed) {
        TaskView task = tasks.stored(taskId).orElse(null);
        if (task == null || sameDepartment(task, directory.department(departmentNamed).orElse(null))) {
            return answer(taskId);
        }
        DepartmentEntry department = directory.activeDepartment("department", departmentNamed);
        try {
            Long version = commands.send(new ReassignTaskCommand(taskId, department.name(), department.code(),
                    List.of(), List.of(), null,
                    "来源系统重新派单：" + source.type() + " " + source.reference(), null));
            return CommandAnswer.of(taskId, version);
        } catch (RuleViolationException e) {
            if (e.violation() == RuleViolation.SAME_LEAD_DEPARTMENT) {
                return answer(taskId);
            }
            throw e;
        }
    }

    private static boolean sameDepartment(TaskView task, DepartmentEntry named) {
        if (named == null) {
            return false;
        }
        return task.leadDepartmentCode() != null ? task.leadDepartmentCode().equals(named.code())
                : NameKey.of(task.leadDepartment()).equals(NameKey.of(named.name()));
    }

    private CommandAnswer answer(String taskId) {
        return CommandAnswer.of(taskId, version(taskId));
    }

    private long version(String taskId) {
        return queries.query(new TaskVersionQuery(taskId), Long.class).join();
    }

    static String taskIdOf(TaskSource source) {
        String name = "problem:" + source.type().name() + ":" + source.reference();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
